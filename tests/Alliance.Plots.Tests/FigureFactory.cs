using Alliance.Plots.Charts;

namespace Alliance.Plots.Tests;

/// <summary>Builds one figure of each chart type from a <see cref="DataShape"/>.</summary>
internal static class FigureFactory
{
    public static readonly string[] Kinds =
    [
        "line-band", "scatter-fit", "box", "violin", "bars", "bland-altman-panel", "events",
        "facets", "trajectory", "spaghetti", "agreement", "bland-altman", "subscales-box", "subscales-violin", "completion",
        "small-multiples",
    ];

    public static Figure Create(string kind, DataShape d)
    {
        var figure = Figure.SingleColumn();
        figure.Title = kind;
        Panel Panel() => figure.AddPanel();
        var lower = d.Y.Select(v => v - 1).ToArray();
        var upper = d.Y.Select(v => v + 1).ToArray();
        switch (kind)
        {
            case "line-band":
                Panel().AddBand(d.X, lower, upper, Palette.Blue).AddLine(d.X, d.Y, Palette.Blue, "Mean", markers: true);
                return figure;
            case "scatter-fit":
                Panel().AddIdentityLine().AddPoints(d.Y, d.Z, Palette.Blue).AddRegressionLine(d.Y, d.Z, Palette.Vermillion, "OLS");
                return figure;
            case "box":
                Panel().AddBoxes([("A", d.Y), ("B", d.Z), ("Empty", [])]);
                return figure;
            case "violin":
                Panel().AddViolins([("A", d.Y), ("B", d.Z), ("Empty", [])]);
                return figure;
            case "bars":
                Panel().AddBars(d.X, d.Y, Palette.BluishGreen);
                return figure;
            case "bland-altman-panel":
                figure.Panels.Add(BlandAltmanPlot.Create(d.Y, d.Z, "a", "b"));
                return figure;
            case "events":
                Panel().AddHorizontalLine(d.Count > 0 ? d.Y[0] : double.NaN, "cutoff", Palette.ReddishPurple).AddEventMarkers(d.X, Palette.Vermillion, pointsDown: true, "events");
                return figure;
            case "facets":
                var facets = Figure.DoubleColumn(300);
                facets.Columns = 2;
                facets.ShareX = facets.ShareY = true;
                facets.AddPanel("one").AddLine(d.X, d.Y, Palette.Blue);
                facets.AddPanel("two").AddLine(d.X, d.Z, Palette.Blue);
                facets.AddPanel("three");
                return facets;
            case "trajectory":
                return DyadTrajectoryChart.Create(Trajectory(d), new ScoreScale("SRS", 0, 40, 36));
            case "small-multiples":
                return DyadTrajectoryChart.CreateSmallMultiples([Trajectory(d), Trajectory(d) with { Dyad = "2" }, new DyadTrajectory("3", [])], new ScoreScale("SRS", AlertCutoff: 36), 2);
            case "spaghetti":
                return SpaghettiChart.Create(
                    [new DyadSeries("1", d.X, d.Y), new DyadSeries("2", d.X, d.Z)],
                    d.X.Select((x, i) => new MeanPoint(x, d.Y[i], lower[i], upper[i])).ToArray(),
                    new ScoreScale("SRS"));
            case "agreement":
                return AgreementScatterChart.Create(Pairs(d), new ScoreScale("SRS"));
            case "bland-altman":
                return BlandAltmanChart.Create(Pairs(d));
            case "subscales-box":
            case "subscales-violin":
                var style = kind.EndsWith("box", StringComparison.Ordinal) ? DistributionStyle.Box : DistributionStyle.Violin;
                return SubscaleDistributionChart.Create([new SubscaleScores("Task", d.Y), new SubscaleScores("Bond", d.Z)], new ScoreScale("Score", 1, 5), style);
            case "completion":
                return CompletionChart.Create(d.X.Select((x, i) => new WeeklyCompletion(i + 1, Clamp(d.Y[i]), Clamp(d.Z[i]))).ToArray());
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    private static DyadTrajectory Trajectory(DataShape d) =>
        new("1", d.X.Select((x, i) => new SessionScore(i + 1, d.Y[i], d.Z[i])).ToArray())
        {
            Ruptures = d.Count > 2 ? [2] : [],
            Repairs = d.Count > 3 ? [3, 99] : [],
        };

    private static RatingPair[] Pairs(DataShape d) => d.Y.Select((y, i) => new RatingPair("p" + i, y, d.Z[i])).ToArray();

    private static int Clamp(double v) => double.IsFinite(v) ? (int)Math.Clamp(v, -1000, 1000) : 0;
}
