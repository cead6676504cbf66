using Alliance.Data.Model;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>How one invitation counts towards <see cref="Completion"/> at a given moment.</summary>
internal static class CompletionRules
{
    /// <summary>An open link is overdue when its session (or, without a session date, the link) is this many days old.</summary>
    public const int OverdueAfterDays = 2;

    public static Completion Of(InvitationStatus status, DateTimeOffset? expiresAt, DateOnly? heldOn, DateTimeOffset createdAt, DateTimeOffset now)
    {
        var expired = status == InvitationStatus.Expired
            || (status == InvitationStatus.Open && expiresAt is { } e && e <= now);
        var open = status == InvitationStatus.Open && !expired;
        var sessionDay = heldOn ?? DateOnly.FromDateTime(createdAt.UtcDateTime);
        var overdue = open && sessionDay <= DateOnly.FromDateTime(now.UtcDateTime).AddDays(-OverdueAfterDays);
        return new Completion(1, status == InvitationStatus.Submitted ? 1 : 0, open ? 1 : 0, overdue ? 1 : 0,
            expired ? 1 : 0, status == InvitationStatus.Withdrawn ? 1 : 0);
    }
}
