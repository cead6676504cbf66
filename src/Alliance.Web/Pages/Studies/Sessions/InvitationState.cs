using Alliance.Data.Model;
using Alliance.Data.Surveys;

namespace Alliance.Web.Pages.Studies.Sessions;

/// <summary>
/// What a participant would see behind a link, as the survey itself decides it (<see cref="LinkStatus"/>):
/// submitted once answered; withdrawn when the invitation or the participant was withdrawn; expired when marked so or
/// past its expiry; else open. The session board and the new-link page have no wording for "not open yet", so they
/// show a link whose session lies ahead as open (with its expiry).
/// </summary>
internal static class InvitationState
{
    public static LinkState Of(InvitationStatus stored, DateTimeOffset? expiresAt, bool participantWithdrew, DateTimeOffset now) =>
        LinkStatus.Of(stored == InvitationStatus.Submitted, participantWithdrew, stored, opensAt: null, expiresAt, now);

    /// <summary>Whether a new link may be issued: not answered, not withdrawn (an expired link may be renewed).</summary>
    public static bool MayReissue(InvitationStatus stored, bool participantWithdrew) =>
        stored == InvitationStatus.Open && !participantWithdrew;
}
