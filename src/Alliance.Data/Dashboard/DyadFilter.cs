namespace Alliance.Data.Dashboard;

/// <summary>
/// Which dyads the dashboard's by-dyad table lists: those of one therapist (code), of one arm (code), only those with
/// an overdue form, only those with an alert (see <see cref="AlertRules"/>); null or false for no restriction.
/// </summary>
public sealed record DyadFilter(string? Therapist = null, string? Arm = null, bool Overdue = false, bool Alert = false)
{
    public static readonly DyadFilter None = new();
}
