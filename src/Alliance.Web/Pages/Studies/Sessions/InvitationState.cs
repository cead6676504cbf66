using Alliance.Data.Model;

namespace Alliance.Web.Pages.Studies.Sessions;

/// <summary>
/// What a participant would see behind a link, as the survey itself decides it (<c>SurveyLinks</c>): submitted once
/// answered; withdrawn when the invitation or the participant was withdrawn; expired when marked so or past its expiry;
/// else open.
/// </summary>
internal static class InvitationState
{
    public static string Of(string stored, DateTimeOffset? expiresAt, bool participantWithdrew, DateTimeOffset now) =>
        stored == InvitationStatuses.Submitted ? InvitationStatuses.Submitted
        : stored == InvitationStatuses.Withdrawn || participantWithdrew ? InvitationStatuses.Withdrawn
        : stored == InvitationStatuses.Expired || expiresAt <= now ? InvitationStatuses.Expired
        : InvitationStatuses.Open;

    /// <summary>Whether a new link may be issued: not answered, not withdrawn (an expired link may be renewed).</summary>
    public static bool MayReissue(string stored, bool participantWithdrew) =>
        stored == InvitationStatuses.Open && !participantWithdrew;
}
