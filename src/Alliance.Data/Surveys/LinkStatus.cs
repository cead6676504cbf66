using Alliance.Data.Model;

namespace Alliance.Data.Surveys;

/// <summary>
/// What a participant sees behind a link. The survey page, the participant API, the submission queue and the
/// researchers' session board all decide a link's state by this one rule.
/// </summary>
public static class LinkStatus
{
    /// <summary>
    /// A link whose opening time has not come yet (its session lies ahead): it takes no answers. Never stored; the
    /// invitation itself stays <see cref="InvitationStatuses.Open"/>.
    /// </summary>
    public const string NotOpen = "not_open";

    /// <summary>
    /// Submitted once a response exists; withdrawn when the participant (or the link) was withdrawn; expired when
    /// marked so or past its expiry (an expiry at <paramref name="now"/> has passed); not open before its opening time
    /// (an opening at <paramref name="now"/> has come; none means open from the start); else open. One of
    /// <see cref="InvitationStatuses"/> or <see cref="NotOpen"/>.
    /// </summary>
    public static string Of(bool answered, bool withdrawn, string invitationStatus, DateTimeOffset? opensAt, DateTimeOffset? expiresAt,
        DateTimeOffset now) =>
        answered ? InvitationStatuses.Submitted
        : withdrawn || invitationStatus == InvitationStatuses.Withdrawn ? InvitationStatuses.Withdrawn
        : invitationStatus == InvitationStatuses.Expired || expiresAt <= now ? InvitationStatuses.Expired
        : opensAt > now ? NotOpen
        : InvitationStatuses.Open;
}
