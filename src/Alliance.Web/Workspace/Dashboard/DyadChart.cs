using Alliance.Data.Model;
using Alliance.Plots.Charts;

namespace Alliance.Web.Workspace.Dashboard;

/// <summary>
/// The dyad's trajectory chart from Alliance.Plots (<see cref="DyadTrajectoryChart"/>, as <c>alliance report</c>
/// draws it): client and therapist lines on one chart, the client form's cutoff line, rupture and repair markers.
/// Without client visibility the chart has the therapist line only: no client line, cutoff or markers.
/// The SVG uses presentation attributes only (no <c>style</c>), which the pages' CSP requires.
/// </summary>
internal static class DyadChart
{
    public static string Svg(string dyad, IReadOnlyList<SessionLine> sessions, DashboardForms forms, bool clientVisible, WorkspaceText text)
    {
        var points = sessions.Where(s => s.Client is not null || s.Therapist is not null)
            .Select(s => new SessionScore(s.Number, clientVisible ? s.Client : null, s.Therapist)).ToList();
        var trajectory = new DyadTrajectory(dyad, points)
        {
            Ruptures = clientVisible ? [.. sessions.Where(s => s.Rupture).Select(s => s.Number)] : [],
            Repairs = clientVisible ? [.. sessions.Where(s => s.Repair).Select(s => s.Number)] : [],
        };
        var clientForm = forms.Tracked(RaterRoles.Client);
        var therapistForm = forms.Tracked(RaterRoles.Therapist);
        var clientRange = forms.RangeOf(clientForm);
        var therapistRange = forms.RangeOf(therapistForm);
        // One axis for both lines: the forms' common range when they agree, else whatever the data spans.
        var range = !clientVisible || clientForm is null ? therapistRange
            : therapistForm is null || clientRange == therapistRange ? clientRange : (null, null);
        var scale = new ScoreScale(text["dashboard.chart.axis"], range.Min, range.Max, clientVisible ? forms.ClientCutoffLine() : null);
        var figure = DyadTrajectoryChart.Create(trajectory, scale, new ChartOptions
        {
            Id = "dyad-trajectory",
            Title = text.Format("dashboard.chart.title", dyad),
            Description = text.Format(clientVisible ? "dashboard.chart.description" : "dashboard.chart.description.blinded", dyad),
        });
        return figure.ToInlineSvg();
    }
}
