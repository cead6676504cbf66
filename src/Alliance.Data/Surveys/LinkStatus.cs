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
    /// marked so or past its expiry (an expiry at <paramref name="now"/> has passed); not open before its opening time
    /// (an opening at <paramref name="now"/> has come; none means open from the start; the invitation itself stays
    /// <see cref="InvitationStatus.Open"/>); else open.
    /// </summary>
    public static LinkState Of(bool answered, bool withdrawn, InvitationStatus invitationStatus, DateTimeOffset? opensAt, DateTimeOffset? expiresAt,
        DateTimeOffset now) =>
        answered ? LinkState.Submitted
        : withdrawn || invitationStatus == InvitationStatus.Withdrawn ? LinkState.Withdrawn
        : invitationStatus == InvitationStatus.Expired || expiresAt <= now ? LinkState.Expired
        : opensAt > now ? LinkState.NotOpen
        : LinkState.Open;
}
