using Alliance.Data.Model;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>How one invitation counts towards <see cref="Completion"/> at a given moment.</summary>
internal static class CompletionRules
{
    /// <summary>An open link is overdue when its <see cref="DueDay"/> is this many days old.</summary>
    public const int OverdueAfterDays = 2;

    /// <summary>
    /// A link that is not open yet (its opening lies after <paramref name="now"/>) counts as issued only: neither open,
    /// overdue nor expired, so a form for a session ahead is never missing.
    /// </summary>
    public static Completion Of(InvitationStatus status, DateTimeOffset? opensAt, DateTimeOffset? expiresAt, DateOnly? heldOn, DateTimeOffset createdAt,
        DateTimeOffset now)
    {
        var expired = status == InvitationStatus.Expired
            || (status == InvitationStatus.Open && expiresAt is { } e && e <= now);
        var notYet = status == InvitationStatus.Open && !expired && opensAt > now;
        var open = status == InvitationStatus.Open && !expired && !notYet;
        var overdue = open && DueDay(opensAt, heldOn, createdAt) <= DateOnly.FromDateTime(now.UtcDateTime).AddDays(-OverdueAfterDays);
        return new Completion(1, status == InvitationStatus.Submitted ? 1 : 0, open ? 1 : 0, overdue ? 1 : 0,
            expired ? 1 : 0, status == InvitationStatus.Withdrawn ? 1 : 0);
    }

    /// <summary>
    /// The day a form falls due: the day its link opens on the session calendar (the session day + the line's offset;
    /// the session day for links issued before links had an opening), else, without a session date, the day the link
    /// was created. The reminders list counts days overdue from the same day.
    /// </summary>
    public static DateOnly DueDay(DateTimeOffset? opensAt, DateOnly? heldOn, DateTimeOffset createdAt) =>
        heldOn is null ? DateOnly.FromDateTime(createdAt.UtcDateTime)
        : opensAt is { } opens ? DateOnly.FromDateTime(opens.UtcDateTime)
        : heldOn.Value;
}
