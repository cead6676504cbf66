using Alliance.Data.Dashboard;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// Invitation counts of a dyad, a therapist or a study. <see cref="Issued"/> counts every link, those not open yet (whose
/// session lies ahead) too, which count nowhere else. <see cref="Open"/> are open links that have not expired;
/// <see cref="Overdue"/> are those of them whose session was at least <see cref="CompletionRules.OverdueAfterDays"/> days
/// ago; <see cref="Expired"/> counts expired links and open ones past their expiry. Withdrawn invitations are counted
/// apart and left out of the rate.
/// </summary>
public sealed record Completion(int Issued, int Submitted, int Open, int Overdue, int Expired, int Withdrawn)
{
    public static readonly Completion None = new(0, 0, 0, 0, 0, 0);

    /// <summary>
    /// Submitted ÷ (submitted + overdue + expired): the share of forms that were due and came back. Open links whose
    /// session is recent are not yet due and count neither way. Null when nothing is due yet.
    /// </summary>
    public double? Rate => Submitted + Overdue + Expired is var due and > 0 ? (double)Submitted / due : null;

    public static Completion operator +(Completion a, Completion b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Issued + b.Issued, a.Submitted + b.Submitted, a.Open + b.Open, a.Overdue + b.Overdue,
            a.Expired + b.Expired, a.Withdrawn + b.Withdrawn);
    }

    public static Completion Add(Completion a, Completion b) => a + b;

    /// <summary>Counts taken in SQL (Alliance.Data's <c>InvitationStates</c>, the same rule as <see cref="CompletionRules"/>).</summary>
    public static Completion Of(CompletionCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return new(counts.Issued, counts.Submitted, counts.Open, counts.Overdue, counts.Expired, counts.Withdrawn);
    }
}
