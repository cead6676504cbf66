using System.Globalization;
using Alliance.Plots.Layers;

namespace Alliance.Plots.Charts;

/// <summary>
/// Session-by-session alliance of one dyad: client (blue, solid) and therapist (orange, dashed)
/// lines with markers, the alert cutoff as a labelled line, ruptures (▼ vermillion) and repairs
/// (▲ green) along the top. Missing ratings leave gaps.
/// </summary>
public static class DyadTrajectoryChart
{
    /// <summary>One dyad in one panel; the title defaults to "Dyad {id}".</summary>
    public static Figure Create(DyadTrajectory dyad, ScoreScale scale, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dyad);
        ArgumentNullException.ThrowIfNull(scale);
        options ??= new ChartOptions { Title = "Dyad " + dyad.Dyad };
        var figure = options.NewFigure(Describe(dyad));
        figure.Panels.Add(Panel(dyad, scale, null));
        return figure;
    }

    /// <summary>Small multiples: one panel per dyad on common axes, <paramref name="columns"/> across.</summary>
    public static Figure CreateSmallMultiples(IReadOnlyList<DyadTrajectory> dyads, ScoreScale scale, int columns, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dyads);
        ArgumentNullException.ThrowIfNull(scale);
        options ??= new ChartOptions { Width = FigureSize.DoubleColumn, Height = 300 };
        var figure = options.NewFigure(string.Create(CultureInfo.InvariantCulture, $"Alliance trajectories of {dyads.Count} dyads, one panel each."));
        figure.Columns = columns;
        figure.ShareX = true;
        figure.ShareY = true;
        foreach (var dyad in dyads)
        {
            var panel = Panel(dyad, scale, "Dyad " + dyad.Dyad);
            figure.Panels.Add(panel);
        }

        return figure;
    }

    private static Panel Panel(DyadTrajectory dyad, ScoreScale scale, string? title)
    {
        var panel = new Panel { Title = title };
        panel.X.Label = "Session";
        panel.X.IntegerTicks = true;
        panel.Y.Label = scale.Label;
        (panel.Y.Min, panel.Y.Max) = (scale.Min, scale.Max);
        if (scale.AlertCutoff is { } cutoff)
        {
            panel.Add(ReferenceLine.Horizontal(cutoff, "Alert cutoff " + cutoff.ToString("0.##", CultureInfo.InvariantCulture), Palette.ReddishPurple));
        }

        var sessions = dyad.Sessions.OrderBy(s => s.Session).ToArray();
        var x = sessions.Select(s => (double)s.Session).ToArray();
        panel.Add(Line(x, sessions.Select(s => s.Client ?? double.NaN).ToArray(), "Client", Palette.Blue, dashed: false));
        panel.Add(Line(x, sessions.Select(s => s.Therapist ?? double.NaN).ToArray(), "Therapist", Palette.Orange, dashed: true));
        panel.Add(Events(dyad.Ruptures, "Rupture", Palette.Vermillion, pointsDown: true));
        panel.Add(Events(dyad.Repairs, "Repair", Palette.BluishGreen, pointsDown: false));
        return panel;
    }

    private static LineSeries Line(double[] x, double[] y, string role, string color, bool dashed) => new(x, y)
    {
        Name = role,
        Color = color,
        Markers = true,
        Dashed = dashed,
        PointLabels = x.Select((s, i) => role + ", session " + s.ToString(CultureInfo.InvariantCulture) + ": " + y[i].ToString("0.##", CultureInfo.InvariantCulture)).ToArray(),
    };

    private static EventMarkers Events(IReadOnlyList<int> sessions, string kind, string color, bool pointsDown) =>
        new(sessions.Select(s => (double)s).ToArray(), pointsDown)
        {
            Name = sessions.Count > 0 ? kind : null,
            Color = color,
            Labels = sessions.Select(s => kind + " at session " + s.ToString(CultureInfo.InvariantCulture)).ToArray(),
        };

    private static string Describe(DyadTrajectory dyad)
    {
        static string Sessions(IReadOnlyList<int> s) => string.Join(", ", s.Select(v => v.ToString(CultureInfo.InvariantCulture)));
        var events = (dyad.Ruptures.Count, dyad.Repairs.Count) switch
        {
            (0, 0) => "No ruptures or repairs are marked.",
            (_, 0) => "Ruptures at sessions " + Sessions(dyad.Ruptures) + ".",
            (0, _) => "Repairs at sessions " + Sessions(dyad.Repairs) + ".",
            _ => "Ruptures at sessions " + Sessions(dyad.Ruptures) + "; repairs at sessions " + Sessions(dyad.Repairs) + ".",
        };
        return string.Create(CultureInfo.InvariantCulture, $"Client and therapist alliance scores of dyad {dyad.Dyad} over {dyad.Sessions.Count} sessions. {events}");
    }
}
