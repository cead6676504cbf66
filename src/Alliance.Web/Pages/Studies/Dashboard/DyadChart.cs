using Alliance.Instruments;
using Alliance.Plots;
using Alliance.Plots.Charts;
using Alliance.Plots.Layers;
using Alliance.Web.Workspace;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// One trajectory chart per construct of a dyad, from Alliance.Plots. Its y axis is the followed score's range on the
/// form's own rule (a declared pair shares one range, so both lines fit one axis), the cutoff line is the client
/// form's first cutoff on that score, ▼/▲ mark the ruptures and repairs the rule found on that client form. A declared
/// pair with both lines drawn is <see cref="DyadTrajectoryChart"/> (as <c>alliance report</c> draws it); a single line
/// (a form without a partner, or a pair whose client line is hidden by blinding or not rated yet) is drawn from the
/// library's layers, because <see cref="DyadTrajectoryChart"/> always puts both roles in the legend, which would
/// suggest data that is not there. Alliance.Plots writes presentation attributes only (no <c>style</c>), which the
/// pages' CSP requires.
/// </summary>
internal static class DyadChart
{
    /// <param name="dyad">The dyad's code.</param>
    /// <param name="number">The chart's number on the page (1, 2, …): keeps SVG ids distinct.</param>
    /// <param name="construct">The construct charted.</param>
    /// <param name="lines">The construct's forms to draw, client first (one or both of a declared pair).</param>
    /// <param name="sessions">The dyad's sessions with their scores and rupture marks.</param>
    /// <param name="text">The page's wording.</param>
    public static string Svg(string dyad, int number, ConstructForms construct, IReadOnlyList<DashboardForm> lines,
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
        if (lines.Count == 2)
        {
            var trajectory = new DyadTrajectory(dyad, [.. rated.Select(s => new SessionScore(s.Number, s.ScoreOf(lines[0]), s.ScoreOf(lines[1])))])
            {
                Ruptures = ruptures,
                Repairs = repairs,
            };
            var scale = new ScoreScale(axis, first.Range?.Min, first.Range?.Max, client?.Cutoff?.Threshold);
            return DyadTrajectoryChart.Create(trajectory, scale, options).ToInlineSvg();
        }
        return OneLine(first, rated, axis, ruptures, repairs, options, text).ToInlineSvg();
    }

    /// <summary>The followed score's title in the page language (the construct when the form scores nothing).</summary>
    private static string ScoreName(DashboardForm form, WorkspaceText text) => form.ScoreTitle?.Get(text.Code) ?? form.Construct;

    private static Figure OneLine(DashboardForm form, List<SessionLine> rated, string axis, List<int> ruptures, List<int> repairs,
        ChartOptions options, WorkspaceText text)
    {
        var figure = new Figure(options.Width, options.Height) { Title = options.Title, Description = options.Description, Id = options.Id };
        var panel = figure.AddPanel();
        panel.X.Label = text["dashboard.session"];
        panel.X.IntegerTicks = true;
        panel.Y.Label = axis;
        (panel.Y.Min, panel.Y.Max) = (form.Range?.Min, form.Range?.Max);
        var isClient = form.Role == RaterRole.Client;
        if (isClient && form.Cutoff is { } cutoff)
        {
            panel.Add(ReferenceLine.Horizontal(cutoff.Threshold, text.Format("dashboard.chart.cutoff", DashboardAlert.Number(cutoff.Threshold)),
                Palette.ReddishPurple));
        }
        var x = rated.Select(s => (double)s.Number).ToArray();
        var y = rated.Select(s => s.ScoreOf(form) ?? double.NaN).ToArray();
        var role = isClient ? "client" : "therapist";
        panel.Add(new LineSeries(x, y)
        {
            Name = text["dashboard.chart." + role],
            Color = isClient ? Palette.Blue : Palette.Orange,
            Markers = true,
            Dashed = !isClient,
            PointLabels = [.. x.Select((s, i) => text.Format($"dashboard.chart.{role}.point", s, DashboardAlert.Number(y[i])))],
        });
        if (isClient)
        {
            panel.Add(Events(ruptures, "rupture", Palette.Vermillion, pointsDown: true, text));
            panel.Add(Events(repairs, "repair", Palette.BluishGreen, pointsDown: false, text));
        }
        return figure;
    }

    private static EventMarkers Events(List<int> sessions, string kind, string color, bool pointsDown, WorkspaceText text) =>
        new([.. sessions.Select(s => (double)s)], pointsDown)
        {
            Name = sessions.Count > 0 ? text[$"dashboard.chart.{kind}"] : null,
            Color = color,
            Labels = [.. sessions.Select(s => text.Format($"dashboard.chart.{kind}.point", s))],
        };
}
