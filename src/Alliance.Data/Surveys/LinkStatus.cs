using Alliance.Data.Model;

namespace Alliance.Data.Surveys;

/// <summary>
/// What a participant sees behind a link. The survey page, the participant API, the submission queue and the
/// researchers' session board all decide a link's state by this one rule.
/// </summary>
public static class LinkStatus
{
    /// <summary>
    /// Submitted once a response exists; withdrawn when the participant (or the link) was withdrawn; expired when
    /// marked so or past its expiry (an expiry at <paramref name="now"/> has passed); else open. One of
    /// <see cref="InvitationStatus"/>; written out by <see cref="InvitationStatusNames"/>.
    /// </summary>
    public static InvitationStatus Of(bool answered, bool withdrawn, InvitationStatus invitationStatus, DateTimeOffset? expiresAt, DateTimeOffset now) =>
        answered ? InvitationStatus.Submitted
        : withdrawn || invitationStatus == InvitationStatus.Withdrawn ? InvitationStatus.Withdrawn
        : invitationStatus == InvitationStatus.Expired || expiresAt <= now ? InvitationStatus.Expired
        : InvitationStatus.Open;
}
