using System.Globalization;
using Alliance.Data.Model;
using Alliance.Instruments;
using Alliance.Plots;
using Alliance.Plots.Charts;
using Alliance.Plots.Layers;
using Alliance.Web.Workspace;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// The dyad's trajectory chart from Alliance.Plots (<see cref="DyadTrajectoryChart"/>, as <c>alliance report</c>
/// draws it): client and therapist lines on one chart, the client form's cutoff line, rupture and repair markers.
/// Without client visibility the chart is drawn from the library's layers with the therapist line alone, because
/// <see cref="DyadTrajectoryChart"/> always adds a "Client" legend entry, which would suggest hidden data exists.
/// Alliance.Plots writes presentation attributes only (no <c>style</c>), which the pages' CSP requires.
/// </summary>
internal static class DyadChart
{
    public static string Svg(string dyad, IReadOnlyList<SessionLine> sessions, DashboardForms forms, bool clientVisible, WorkspaceText text)
    {
        var clientForm = forms.Tracked(RaterRole.Client);
        var therapistForm = forms.Tracked(RaterRole.Therapist);
        var clientRange = forms.RangeOf(clientForm);
        var therapistRange = forms.RangeOf(therapistForm);
        // One axis for both lines: the forms' common range when they agree, else whatever the data spans.
        var range = !clientVisible || clientForm is null ? therapistRange
            : therapistForm is null || clientRange == therapistRange ? clientRange : (null, null);
        var options = new ChartOptions
        {
            Id = "dyad-trajectory",
            Title = text.Format("dashboard.chart.title", dyad),
            Description = text.Format(clientVisible ? "dashboard.chart.description" : "dashboard.chart.description.blinded", dyad),
        };
        var rated = sessions.Where(s => (clientVisible && s.Client is not null) || s.Therapist is not null).ToList();
        if (!clientVisible)
        {
            return TherapistOnly(rated, range, options, text).ToInlineSvg();
        }
        var trajectory = new DyadTrajectory(dyad, [.. rated.Select(s => new SessionScore(s.Number, s.Client, s.Therapist))])
        {
            Ruptures = [.. sessions.Where(s => s.Rupture).Select(s => s.Number)],
            Repairs = [.. sessions.Where(s => s.Repair).Select(s => s.Number)],
        };
        var scale = new ScoreScale(text["dashboard.chart.axis"], range.Min, range.Max, forms.ClientCutoffLine());
        return DyadTrajectoryChart.Create(trajectory, scale, options).ToInlineSvg();
    }

    private static Figure TherapistOnly(List<SessionLine> rated, (double? Min, double? Max) range, ChartOptions options, WorkspaceText text)
    {
        var figure = new Figure(options.Width, options.Height) { Title = options.Title, Description = options.Description, Id = options.Id };
        var panel = figure.AddPanel();
        panel.X.Label = text["dashboard.session"];
        panel.X.IntegerTicks = true;
        panel.Y.Label = text["dashboard.chart.axis"];
        (panel.Y.Min, panel.Y.Max) = range;
        var x = rated.Select(s => (double)s.Number).ToArray();
        var y = rated.Select(s => s.Therapist ?? double.NaN).ToArray();
        panel.Add(new LineSeries(x, y)
        {
            Name = text["dashboard.chart.therapist"],
            Color = Palette.Orange,
            Markers = true,
            Dashed = true,
            PointLabels = [.. x.Select((s, i) => text.Format("dashboard.chart.therapist.point", s, y[i].ToString("0.##", CultureInfo.InvariantCulture)))],
        });
        return figure;
    }
}
