using Alliance.Data.Model;
using Alliance.Data.Surveys;

namespace Alliance.Web.Pages.Studies.Sessions;

/// <summary>
/// What a participant would see behind a link, as the survey itself decides it (<see cref="LinkStatus"/>):
/// submitted once answered; withdrawn when the invitation or the participant was withdrawn; expired when marked so or
/// past its expiry; not open before its opening (a session ahead); else open.
/// </summary>
internal static class InvitationState
{
    public static LinkState Of(InvitationStatus stored, DateTimeOffset? opensAt, DateTimeOffset? expiresAt, bool participantWithdrew,
        DateTimeOffset now) =>
        LinkStatus.Of(stored == InvitationStatus.Submitted, participantWithdrew, stored, opensAt, expiresAt, now);

    /// <summary>
    /// Whether a new link may be issued: not answered, not withdrawn (an expired link may be renewed, whether past its
    /// expiry or marked expired by the expiry job, and a link not
    /// open yet may be replaced; it keeps its window, see <see cref="Alliance.Data.Invitations.InvitationIssuer.Reissue"/>).
    /// </summary>
    public static bool MayReissue(InvitationStatus stored, bool participantWithdrew) =>
        stored is (InvitationStatus.Open or InvitationStatus.Expired) && !participantWithdrew;
}
