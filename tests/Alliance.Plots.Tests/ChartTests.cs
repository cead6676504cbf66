using System.Xml.Linq;
using Alliance.Plots.Charts;
using Alliance.Plots.Layers;

namespace Alliance.Plots.Tests;

public class ChartTests
{
    private static readonly ScoreScale Srs = new("SRS total", 0, 40, 36);

    private static string[] Texts(XDocument doc) =>
        [.. doc.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value)];

    private static string[] Tooltips(XDocument doc) =>
        [.. doc.Descendants().Where(e => e.Name.LocalName == "title" && e.Parent != doc.Root).Select(e => e.Value)];

    [Fact]
    public void TrajectoryMarksRupturesRepairsAndTheCutoff()
    {
        var dyad = new DyadTrajectory("D1", [new(1, 30, 31), new(2, 25, 28), new(3, 33, 32)]) { Ruptures = [2], Repairs = [3] };
        var doc = SvgAssert.Valid(DyadTrajectoryChart.Create(dyad, Srs).ToSvg());
        Assert.Contains("Alert cutoff 36", Texts(doc));
        Assert.Contains("Rupture at session 2", Tooltips(doc));
        Assert.Contains("Repair at session 3", Tooltips(doc));
        Assert.Contains("Client, session 2: 25", Tooltips(doc));
        Assert.Contains("Ruptures at sessions 2; repairs at sessions 3.", doc.Root!.Elements().Single(e => e.Name.LocalName == "desc").Value);
    }

    [Fact]
    public void MissingTherapistRatingLeavesAGapInTheTherapistLine()
    {
        var dyad = new DyadTrajectory("D1", [new(1, 30, 31), new(2, 31, null), new(3, 33, 32)]);
        var doc = SvgAssert.Valid(DyadTrajectoryChart.Create(dyad, Srs).ToSvg());
        var therapist = doc.Descendants().Single(e => e.Name.LocalName == "path" && (string?)e.Attribute("stroke") == Palette.Orange && (string?)e.Attribute("fill") == "none");
        Assert.Equal(2, ((string)therapist.Attribute("d")!).Count(c => c == 'M'));
        Assert.DoesNotContain(Tooltips(doc), t => t.StartsWith("Therapist, session 2", StringComparison.Ordinal));
    }

    [Fact]
    public void SmallMultiplesPrintSharedAxisTitlesOnce()
    {
        var dyads = Enumerable.Range(1, 4).Select(i => new DyadTrajectory(i.ToString(System.Globalization.CultureInfo.InvariantCulture), [new(1, 30, 31), new(2, 32, 33)])).ToArray();
        var doc = SvgAssert.Valid(DyadTrajectoryChart.CreateSmallMultiples(dyads, Srs, 2).ToSvg());
        var texts = Texts(doc);
        Assert.Equal(2, texts.Count(t => t == "SRS total"));
        Assert.Equal(2, texts.Count(t => t == "Session"));
        Assert.Equal(1, texts.Count(t => t == "Client"));
    }

    [Fact]
    public void SpaghettiDrawsEveryDyadAndTheMeanWithItsBand()
    {
        DyadSeries[] dyads = [new("A", [1, 2, 3], [30, 31, 33]), new("B", [1, 2, 3], [28, 30, 29])];
        MeanPoint[] mean = [new(1, 29, 28, 30), new(2, 30.5, 29.5, 31.5), new(3, 31, 30, 32)];
        var doc = SvgAssert.Valid(SpaghettiChart.Create(dyads, mean, Srs).ToSvg());
        Assert.Contains("Dyad A", Tooltips(doc));
        Assert.Contains("Dyad B", Tooltips(doc));
        Assert.Contains(doc.Descendants(), e => e.Name.LocalName == "path" && (string?)e.Attribute("fill") == Palette.Blue && (string?)e.Attribute("fill-opacity") == "0.2");
    }

    [Fact]
    public void AgreementScatterShowsTheOlsEquationAndSquareAxes()
    {
        RatingPair[] pairs = [new("a", 30, 29), new("b", 32, 30), new("c", 35, 33), new("d", 28, 30)];
        var doc = SvgAssert.Valid(AgreementScatterChart.Create(pairs, new ScoreScale("SRS", 20, 40)).ToSvg());
        Assert.Contains(Tooltips(doc), t => t.StartsWith("OLS: y = ", StringComparison.Ordinal) && t.EndsWith("(n = 4)", StringComparison.Ordinal));
        var texts = Texts(doc);
        Assert.Equal(2, texts.Count(t => t == "20"));
        Assert.Equal(2, texts.Count(t => t == "40"));
    }

    [Fact]
    public void BlandAltmanLabelsBiasAndLimits()
    {
        RatingPair[] pairs = [new("a", 30, 29), new("b", 32, 30), new("c", 35, 33), new("d", 28, 30)];
        var texts = Texts(SvgAssert.Valid(BlandAltmanChart.Create(pairs).ToSvg()));
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
            var texts = Texts(SvgAssert.Valid(SubscaleDistributionChart.Create(subscales, new ScoreScale("Score", 1, 5), style).ToSvg()));
            Assert.True(Array.IndexOf(texts, "Task") < Array.IndexOf(texts, "Bond") && Array.IndexOf(texts, "Bond") < Array.IndexOf(texts, "Goal"));
        }
    }

    [Fact]
    public void CompletionTooltipsGiveTheRate()
    {
        var doc = SvgAssert.Valid(CompletionChart.Create([new(1, 9, 12), new(2, 0, 0)]).ToSvg());
        Assert.Contains("Week 1: 9 of 12 completed (75 %)", Tooltips(doc));
        Assert.Contains("Week 2: 0 of 0 completed", Tooltips(doc));
    }

    [Fact]
    public void LongCategoryNamesWrapOntoTwoLines()
    {
        var figure = Figure.SingleColumn();
        figure.AddPanel().Add(new BarSeries(["Usual care", "Feedback", "Feedback plus weekly supervision"], [1, 2, 3]));
        var texts = Texts(SvgAssert.Valid(figure.ToSvg()));
        Assert.Contains("Feedback plus", texts);
        Assert.Contains("weekly supervision", texts);
    }

    [Fact]
    public void OutliersAreDrawnBeyondTheWhiskers()
    {
        var figure = Figure.SingleColumn();
        figure.AddPanel().Add(new BoxPlot([new Group("A", [2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 12.5, 3.9, 4.1, 0.2])]));
        var tips = Tooltips(SvgAssert.Valid(figure.ToSvg()));
        Assert.Contains("A outlier: 12.5", tips);
        Assert.Contains("A: n = 11, median 3.4, hinges 2.45–4.25", tips);
    }

    [Fact]
    public void LongFigureTitlesWrapAndLongAxisTitlesAreShortened()
    {
        var figure = Figure.SingleColumn();
        figure.Title = "A deliberately long figure title that cannot possibly fit on one line of a single journal column";
        var panel = figure.AddPanel();
        panel.Y.Label = string.Concat(Enumerable.Repeat("very long axis title ", 10));
        panel.Add(new ScatterSeries([1, 2], [3, 4]));
        var texts = Texts(SvgAssert.Valid(figure.ToSvg()));
        Assert.Contains(texts, t => t.StartsWith("A deliberately long figure title", StringComparison.Ordinal) && !t.EndsWith("column", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.EndsWith("column", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("very long axis title", StringComparison.Ordinal) && t.EndsWith('…'));
    }
}
