using Alliance.Instruments;
using Alliance.Plots;
using Alliance.Plots.Charts;
using Alliance.Web.Workspace;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// One trajectory chart per construct of a dyad: <see cref="DyadTrajectoryChart"/>, as <c>alliance report</c> draws it.
/// Its y axis is the followed score's range on the form's own rule (a declared pair shares one range, so both lines fit
/// one axis), the cutoff line is the client form's first cutoff on that score, ▼/▲ mark the ruptures and repairs the
/// rule found on that client form. A role with no line (no partner form, or a client line hidden by blinding) is left
/// out of the chart and its legend. Chart words come from Alliance.Plots' <see cref="ChartWording"/> in the page's
/// language; the SVG has presentation attributes only (no <c>style</c>), which the pages' CSP requires.
/// </summary>
internal static class DyadChart
{
    /// <param name="dyad">The dyad's code.</param>
    /// <param name="number">The chart's number on the page (1, 2, …): keeps SVG ids distinct.</param>
    /// <param name="construct">The construct charted.</param>
    /// <param name="lines">The construct's forms to draw, client first (one or both of a declared pair).</param>
    /// <param name="sessions">The dyad's sessions with their scores and rupture marks.</param>
    /// <param name="text">The page's wording.</param>
    public static Figure Create(string dyad, int number, ConstructForms construct, IReadOnlyList<DashboardForm> lines,
        IReadOnlyList<SessionLine> sessions, WorkspaceText text)
    {
        var first = lines[0];
        var client = lines.FirstOrDefault(l => l.Role == RaterRole.Client);
        var described = string.Join(", ", lines.Select(l => l.Title.Get(text.Code)));
        var description = lines.Count == 2 ? "dashboard.chart.description"
            : client is not null ? "dashboard.chart.description.client"
            : construct.Client is not null ? "dashboard.chart.description.blinded" : "dashboard.chart.description.therapist";
        var options = new ChartOptions
        {
            Id = $"dyad-trajectory-{number}",
            Title = text.Format("dashboard.chart.title", dyad, ScoreName(first, text)),
            Description = text.Format(description, dyad, described),
        };
        var axis = text.Format("dashboard.chart.axis", ScoreName(first, text), first.Range?.ToString() ?? "–");
        var rated = sessions.Where(s => lines.Any(l => s.ScoreOf(l) is not null)).ToList();
        var ruptures = client is null ? [] : sessions.Where(s => s.Ruptures.Contains(client.Instrument)).Select(s => s.Number).ToList();
        var repairs = client is null ? [] : sessions.Where(s => s.Repairs.Contains(client.Instrument)).Select(s => s.Number).ToList();
        // One role alone (a form without a partner, or a pair whose client line is blinded or not rated yet) leaves the
        // other role's values null: the chart then leaves that line and its legend entry out.
        var therapist = lines.FirstOrDefault(l => l.Role != RaterRole.Client);
        var trajectory = new DyadTrajectory(dyad, [.. rated.Select(s => new SessionScore(s.Number,
            client is null ? null : s.ScoreOf(client), therapist is null ? null : s.ScoreOf(therapist)))])
        {
            Ruptures = ruptures,
            Repairs = repairs,
        };
        var scale = new ScoreScale(axis, first.Range?.Min, first.Range?.Max, client?.Cutoff?.Threshold);
        return DyadTrajectoryChart.Create(trajectory, scale, options);
    }

    /// <summary>The followed score's title in the page language (the construct when the form scores nothing).</summary>
    private static string ScoreName(DashboardForm form, WorkspaceText text) => form.ScoreTitle?.Get(text.Code) ?? form.Construct;
}
