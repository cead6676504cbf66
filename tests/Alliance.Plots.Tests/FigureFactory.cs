using Alliance.Plots.Charts;
using Alliance.Plots.Layers;

namespace Alliance.Plots.Tests;

/// <summary>Builds one figure of each chart type from a <see cref="DataShape"/>.</summary>
internal static class FigureFactory
{
    public static readonly string[] Kinds =
    [
        "line-band", "scatter-fit", "histogram-density", "box", "violin", "bars", "bland-altman-panel", "events",
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
                Panel().Add(new LineSeries(d.X, d.Y) { Lower = lower, Upper = upper, Markers = true, Name = "Mean" });
                return figure;
            case "scatter-fit":
                Panel().Add(ReferenceLine.Identity()).Add(new ScatterSeries(d.Y, d.Z)).Add(new RegressionLine(d.Y, d.Z) { Name = "OLS" });
                return figure;
            case "histogram-density":
                Panel().Add(new Histogram(d.Y) { Density = true }).Add(new DensityCurve(d.Y) { Filled = true });
                return figure;
            case "box":
                Panel().Add(new BoxPlot([new Group("A", d.Y), new Group("B", d.Z), new Group("Empty", [])]));
                return figure;
            case "violin":
                Panel().Add(new ViolinPlot([new Group("A", d.Y), new Group("B", d.Z), new Group("Empty", [])]));
                return figure;
            case "bars":
                Panel().Add(new BarSeries(d.X, d.Y) { ErrorLower = lower, ErrorUpper = upper });
                return figure;
            case "bland-altman-panel":
                figure.Panels.Add(BlandAltmanPlot.Create(d.Y, d.Z, "a", "b"));
                return figure;
            case "events":
                Panel().Add(ReferenceLine.Horizontal(d.Count > 0 ? d.Y[0] : double.NaN, "cutoff")).Add(new EventMarkers(d.X, true)).Add(ReferenceLine.Vertical(d.Count > 0 ? d.X[0] : 0, "v"));
                return figure;
            case "facets":
                var facets = Figure.DoubleColumn(300);
                facets.Columns = 2;
                facets.ShareX = facets.ShareY = true;
                facets.AddPanel("one").Add(new LineSeries(d.X, d.Y));
                facets.AddPanel("two").Add(new LineSeries(d.X, d.Z));
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
