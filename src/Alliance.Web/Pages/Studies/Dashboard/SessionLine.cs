namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// One session of a dyad: the followed score of each form rated in it (the charts' numbers; no client form when
/// client ratings are hidden), every form with its state, and the client forms on which the rupture rule marks a
/// rupture or a repair here.
/// </summary>
public sealed record SessionLine(int Number, DateOnly? HeldOn, IReadOnlyList<FormScore> Scores, IReadOnlyList<FormStatus> Forms,
    IReadOnlyList<string> Ruptures, IReadOnlyList<string> Repairs)
{
    /// <summary>The session's score on <paramref name="form"/>; null when not rated (or hidden).</summary>
    public double? ScoreOf(DashboardForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return Scores.FirstOrDefault(s => form.Is(s.Role, s.Instrument))?.Score;
    }
}
