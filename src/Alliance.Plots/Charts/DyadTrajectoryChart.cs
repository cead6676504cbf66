using System.Globalization;

namespace Alliance.Plots.Charts;

/// <summary>
/// Session-by-session alliance of one dyad: client (blue, solid) and therapist (orange, dashed)
/// lines with markers, the alert cutoff as a line labelled in the margin, ruptures (▼ vermillion) and repairs
/// (▲ green) along the top. Missing ratings leave gaps; a role with no rating at all is left out, legend included.
/// </summary>
public static class DyadTrajectoryChart
{
    /// <summary>One dyad in one panel; the title defaults to "Dyad {id}".</summary>
    public static Figure Create(DyadTrajectory dyad, ScoreScale scale, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dyad);
        ArgumentNullException.ThrowIfNull(scale);
        options ??= new ChartOptions { Title = ChartWording.Format("chart.dyad", dyad.Dyad) };
        var figure = options.NewFigure(Describe(dyad));
        figure.Panels.Add(Panel(dyad, scale, null));
        return figure;
    }

    /// <summary>
    /// Small multiples: one panel per dyad, <paramref name="columns"/> across, all on one x and one y scale with one
    /// tick set (the instrument's range when the scale has one, else the pooled data).
    /// </summary>
    public static Figure CreateSmallMultiples(IReadOnlyList<DyadTrajectory> dyads, ScoreScale scale, int columns, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dyads);
        ArgumentNullException.ThrowIfNull(scale);
        options ??= new ChartOptions { Width = FigureSize.DoubleColumn, Height = 300 };
        var figure = options.NewFigure(ChartWording.Format("chart.multiples.description", dyads.Count));
        figure.Columns = columns;
        figure.ShareX = true;
        figure.ShareY = true;
        foreach (var dyad in dyads)
        {
            figure.Panels.Add(Panel(dyad, scale, ChartWording.Format("chart.dyad", dyad.Dyad)));
        }

        return figure;
    }

    private static Panel Panel(DyadTrajectory dyad, ScoreScale scale, string? title)
    {
        var panel = new Panel { Title = title };
        panel.X.Label = ChartWording.Get("chart.session");
        panel.X.IntegerTicks = true;
        panel.Y.Label = scale.Label;
        (panel.Y.Min, panel.Y.Max) = (scale.Min, scale.Max);
        if (scale.AlertCutoff is { } cutoff)
        {
            panel.AddHorizontalLine(cutoff, ChartWording.Format("chart.cutoff", cutoff.ToString("0.##", CultureInfo.InvariantCulture)), Palette.ReddishPurple);
        }

        var sessions = dyad.Sessions.OrderBy(s => s.Session).ToArray();
        var x = sessions.Select(s => (double)s.Session).ToArray();
        if (sessions.Any(s => s.Client is not null))
        {
            var y = sessions.Select(s => s.Client ?? double.NaN).ToArray();
            panel.AddLine(x, y, Palette.Blue, ChartWording.Get("chart.client"), markers: true);
            panel.AddTooltips(x, y, [.. sessions.Select((s, i) => ChartWording.Format("chart.client.point", s.Session, Number(y[i])))]);
        }

        if (sessions.Any(s => s.Therapist is not null))
        {
            var y = sessions.Select(s => s.Therapist ?? double.NaN).ToArray();
            panel.AddLine(x, y, Palette.Orange, ChartWording.Get("chart.therapist"), dashed: true, markers: true);
            panel.AddTooltips(x, y, [.. sessions.Select((s, i) => ChartWording.Format("chart.therapist.point", s.Session, Number(y[i])))]);
        }

        panel.AddEventMarkers([.. dyad.Ruptures.Select(s => (double)s)], Palette.Vermillion, pointsDown: true, ChartWording.Get("chart.rupture"),
            [.. dyad.Ruptures.Select(s => ChartWording.Format("chart.rupture.point", s))]);
        panel.AddEventMarkers([.. dyad.Repairs.Select(s => (double)s)], Palette.BluishGreen, pointsDown: false, ChartWording.Get("chart.repair"),
            [.. dyad.Repairs.Select(s => ChartWording.Format("chart.repair.point", s))]);
        return panel;
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Describe(DyadTrajectory dyad)
    {
        static string Sessions(IReadOnlyList<int> s) => string.Join(", ", s.Select(v => v.ToString(CultureInfo.InvariantCulture)));
        var events = (dyad.Ruptures.Count, dyad.Repairs.Count) switch
        {
            (0, 0) => ChartWording.Get("chart.events.none"),
            (_, 0) => ChartWording.Format("chart.events.ruptures", Sessions(dyad.Ruptures)),
            (0, _) => ChartWording.Format("chart.events.repairs", Sessions(dyad.Repairs)),
            _ => ChartWording.Format("chart.events.both", Sessions(dyad.Ruptures), Sessions(dyad.Repairs)),
        };
        return ChartWording.Format("chart.trajectory.description", dyad.Dyad, dyad.Sessions.Count, events);
    }
}
