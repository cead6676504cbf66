namespace Alliance.Data.Dashboard;

/// <summary>
/// Invitation counts as the dashboard defines them (<see cref="InvitationStates"/>): every link issued, those
/// submitted, open (not expired, already opened), overdue (open, due at least the overdue span ago), expired (marked
/// so, or open past their expiry) and withdrawn.
/// </summary>
public sealed record CompletionCounts(int Issued, int Submitted, int Open, int Overdue, int Expired, int Withdrawn)
{
    public static readonly CompletionCounts None = new(0, 0, 0, 0, 0, 0);
}
