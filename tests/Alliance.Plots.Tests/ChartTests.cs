using Alliance.Analysis.Descriptives;
using Alliance.Plots.Charts;
using ScottPlot;
using ScottPlot.Plottables;

namespace Alliance.Plots.Tests;

public class ChartTests
{
    private static readonly ScoreScale Srs = new("SRS total", 0, 40, 36);

    private static IEnumerable<Scatter> Lines(Panel panel, string hex) =>
        panel.Plot.GetPlottables<Scatter>().Where(s => s.Color.ToHex().StartsWith(hex, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void TrajectoryMarksRupturesRepairsAndTheCutoff()
    {
        var dyad = new DyadTrajectory("D1", [new(1, 30, 31), new(2, 25, 28), new(3, 33, 32)]) { Ruptures = [2], Repairs = [3] };
        var figure = DyadTrajectoryChart.Create(dyad, Srs);
        var doc = SvgAssert.Valid(figure.ToSvg());
        Assert.Contains("Alert cutoff 36", Svg.Texts(doc));
        var markers = figure.Panels[0].Plot.GetPlottables<Markers>().ToArray();
        Assert.Contains(markers, m => m.MarkerStyle.Shape == MarkerShape.FilledTriangleDown && m.Data.GetScatterPoints().Single().X == 2);
        Assert.Contains(markers, m => m.MarkerStyle.Shape == MarkerShape.FilledTriangleUp && m.Data.GetScatterPoints().Single().X == 3);
        Assert.Contains(new Coordinates(2, 25), Lines(figure.Panels[0], Palette.Blue).Single().Data.GetScatterPoints());
        Assert.Contains("Ruptures at sessions 2; repairs at sessions 3.", Svg.Description(doc));
        Assert.Contains("Rupture at session 2", Svg.Tooltips(doc));
        Assert.Contains("Repair at session 3", Svg.Tooltips(doc));
        Assert.Contains("Client, session 2: 25", Svg.Tooltips(doc));
        Assert.Contains(figure.Panels[0].Plot.GetPlottables<HorizontalLine>(), l => l.Y == 36);
    }

    [Fact]
    public void MissingTherapistRatingLeavesAGapInTheTherapistLine()
    {
        var dyad = new DyadTrajectory("D1", [new(1, 30, 31), new(2, 31, null), new(3, 33, 32)]);
        var figure = DyadTrajectoryChart.Create(dyad, Srs);
        var doc = SvgAssert.Valid(figure.ToSvg());
        Assert.DoesNotContain(Svg.Tooltips(doc), t => t.StartsWith("Therapist, session 2", StringComparison.Ordinal));
        var therapist = Lines(figure.Panels[0], Palette.Orange).ToArray();
        Assert.Equal(2, therapist.Length);
        Assert.DoesNotContain(therapist.SelectMany(t => t.Data.GetScatterPoints()), p => p.X == 2);
    }

    [Fact]
    public void ARoleWithoutRatingsIsLeftOutOfTheChartAndTheLegend()
    {
        var dyad = new DyadTrajectory("D1", [new(1, null, 31), new(2, null, 28)]);
        var figure = DyadTrajectoryChart.Create(dyad, new ScoreScale("SRS total", 0, 40));
        var texts = Svg.Texts(SvgAssert.Valid(figure.ToSvg()));
        Assert.Contains("Therapist", texts);
        Assert.DoesNotContain("Client", texts);
        Assert.Empty(Lines(figure.Panels[0], Palette.Blue));
    }

    [Fact]
    public void SmallMultiplesPrintSharedAxisTitlesOnce()
    {
        var dyads = Enumerable.Range(1, 4).Select(i => new DyadTrajectory(i.ToString(System.Globalization.CultureInfo.InvariantCulture), [new(1, 30, 31), new(2, 32, 33)])).ToArray();
        var texts = Svg.Texts(SvgAssert.Valid(DyadTrajectoryChart.CreateSmallMultiples(dyads, Srs, 2).ToSvg()));
        Assert.Equal(2, texts.Count(t => t == "SRS total"));
        Assert.Equal(2, texts.Count(t => t == "Session"));
        Assert.Equal(1, texts.Count(t => t == "Client"));
        Assert.Equal(1, texts.Count(t => t == "Dyad 3"));
    }

    [Fact]
    public void SpaghettiDrawsEveryDyadAndTheMeanWithItsBand()
    {
        DyadSeries[] dyads = [new("A", [1, 2, 3], [30, 31, 33]), new("B", [1, 2, 3], [28, 30, 29])];
        MeanPoint[] mean = [new(1, 29, 28, 30), new(2, 30.5, 29.5, 31.5), new(3, 31, 30, 32)];
        var figure = SpaghettiChart.Create(dyads, mean, Srs);
        var doc = SvgAssert.Valid(figure.ToSvg());
        Assert.Contains("Dyad A", Svg.Tooltips(doc));
        Assert.Contains("Dyad B", Svg.Tooltips(doc));
        var panel = figure.Panels[0];
        Assert.Equal(2, Lines(panel, Palette.Grey).Count());
        Assert.Single(Lines(panel, Palette.Blue));
        var band = panel.Plot.GetPlottables<FillY>().Single();
        Assert.Equal(Color.FromHex(Palette.Blue).WithOpacity(0.2), band.FillStyle.Color);
    }

    [Fact]
    public void AgreementScatterDrawsTheOlsLineAndSquareAxes()
    {
        RatingPair[] pairs = [new("a", 30, 29), new("b", 32, 30), new("c", 35, 33), new("d", 28, 30)];
        var figure = AgreementScatterChart.Create(pairs, new ScoreScale("SRS", 20, 40));
        var doc = SvgAssert.Valid(figure.ToSvg());
        var texts = Svg.Texts(doc);
        Assert.Contains(Svg.Tooltips(doc), t => t.StartsWith("OLS: y = ", StringComparison.Ordinal) && t.EndsWith("(n = 4)", StringComparison.Ordinal));
        var fit = LeastSquaresLine.Fit([30, 32, 35, 28], [29, 30, 33, 30])!;
        var ols = figure.Panels[0].Plot.GetPlottables<LinePlot>().Single(l => l.LegendText == "OLS fit");
        Assert.Equal(fit.Intercept + (fit.Slope * 28), ols.Start.Y, 1e-9);
        Assert.Equal(fit.Intercept + (fit.Slope * 35), ols.End.Y, 1e-9);
        Assert.Equal(2, texts.Count(t => t == "20"));
        Assert.Equal(2, texts.Count(t => t == "40"));
    }

    [Fact]
    public void BlandAltmanLabelsBiasAndLimits()
    {
        RatingPair[] pairs = [new("a", 30, 29), new("b", 32, 30), new("c", 35, 33), new("d", 28, 30)];
        var texts = Svg.Texts(SvgAssert.Valid(BlandAltmanChart.Create(pairs).ToSvg()));
        // differences 1, 2, 2, −2: mean 0.75, SD 1.893 → limits −2.96 and 4.46.
        Assert.Contains("Bias 0.75", texts);
        Assert.Contains("+1.96 SD 4.46", texts);
        Assert.Contains("−1.96 SD −2.96", texts);
    }

    [Fact]
    public void SubscalesAppearAsCategoriesInTheGivenOrder()
    {
        SubscaleScores[] subscales = [new("Task", [3, 4, 5, 4]), new("Bond", [4, 4, 5, 3]), new("Goal", [2, 3, 4, 3])];
        foreach (var style in new[] { DistributionStyle.Box, DistributionStyle.Violin })
        {
            var texts = Svg.Texts(SvgAssert.Valid(SubscaleDistributionChart.Create(subscales, new ScoreScale("Score", 1, 5), style).ToSvg()));
            Assert.True(Array.IndexOf(texts, "Task") < Array.IndexOf(texts, "Bond") && Array.IndexOf(texts, "Bond") < Array.IndexOf(texts, "Goal"));
        }
    }

    [Fact]
    public void CompletionShowsDueAndCompletedBarsPerWeek()
    {
        var figure = CompletionChart.Create([new(1, 9, 12), new(2, 0, 0)]);
        var doc = SvgAssert.Valid(figure.ToSvg());
        var bars = figure.Panels[0].Plot.GetPlottables<BarPlot>().ToArray();
        Assert.Equal([12.0, 0], bars.Single(b => b.LegendText == "Due").Bars.Select(b => b.Value));
        Assert.Equal([9.0, 0], bars.Single(b => b.LegendText == "Completed").Bars.Select(b => b.Value));
        Assert.Contains("9 of 12 completed overall", Svg.Description(doc));
        Assert.Contains("Week 1: 9 of 12 completed (75 %)", Svg.Tooltips(doc));
        Assert.Contains("Week 2: 0 of 0 completed", Svg.Tooltips(doc));
    }

    [Fact]
    public void LongCategoryNamesWrapOntoTwoLines()
    {
        var figure = Figure.SingleColumn();
        figure.AddPanel().AddBoxes([("Usual care", [1.0, 2]), ("Feedback", [2.0, 3]), ("Feedback plus weekly supervision", [3.0, 4])]);
        var texts = Svg.Texts(SvgAssert.Valid(figure.ToSvg()));
        Assert.Contains("Feedback plus", texts);
        Assert.Contains("weekly supervision", texts);
    }

    [Fact]
    public void OutliersAreDrawnBeyondTheWhiskers()
    {
        var figure = Figure.SingleColumn();
        figure.AddPanel().AddBoxes([("A", [2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 12.5, 3.9, 4.1, 0.2])]);
        var tips = Svg.Tooltips(SvgAssert.Valid(figure.ToSvg()));
        Assert.Contains("A outlier: 12.5", tips);
        Assert.Contains("A: n = 11, median 3.4, hinges 2.45–4.25", tips);
        var plot = figure.Panels[0].Plot;
        var box = plot.GetPlottables<BoxPlot>().Single().Boxes.Single();
        Assert.Equal((2.45, 3.4, 4.25), (box.BoxMin, box.BoxMiddle, box.BoxMax));
        Assert.True(box.WhiskerMax < 12.5);
        Assert.Contains(plot.GetPlottables<Markers>().SelectMany(m => m.Data.GetScatterPoints()), p => p.Y == 12.5);
    }

    [Fact]
    public void LongFigureTitlesWrapAndLongAxisTitlesAreShortened()
    {
        var figure = Figure.SingleColumn();
        figure.Title = "A deliberately long figure title that cannot possibly fit on one line of a single journal column";
        var panel = figure.AddPanel();
        panel.Y.Label = string.Concat(Enumerable.Repeat("very long axis title ", 10));
        panel.AddPoints([1, 2], [3, 4], Palette.Blue);
        var texts = Svg.Texts(SvgAssert.Valid(figure.ToSvg()));
        Assert.Contains(texts, t => t.StartsWith("A deliberately long figure title", StringComparison.Ordinal) && !t.EndsWith("column", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.EndsWith("column", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("very long axis title", StringComparison.Ordinal) && t.EndsWith('…'));
    }
}
