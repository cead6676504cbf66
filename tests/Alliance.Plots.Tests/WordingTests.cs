using System.Collections;
using System.Globalization;
using System.Resources;
using Alliance.Plots.Charts;

namespace Alliance.Plots.Tests;

public class WordingTests
{
    private static string[] InGerman(Func<Figure> chart)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("de");
        try
        {
            return Svg.Texts(SvgAssert.Valid(chart().ToSvg()));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void TrajectoryLabelsAreGermanOnGermanPages()
    {
        var dyads = new[] { new DyadTrajectory("3", [new(1, 30, 31), new(2, 25, 28)]) { Ruptures = [2] } };
        var texts = InGerman(() => DyadTrajectoryChart.CreateSmallMultiples(dyads, new ScoreScale("SRS", 0, 40, 36), 1));
        Assert.Contains("Sitzung", texts);
        Assert.Contains("Klient/in", texts);
        Assert.Contains("Therapeut/in", texts);
        Assert.Contains("Ruptur", texts);
        Assert.Contains("Schwellenwert 36", texts);
        Assert.Contains("Dyade 3", texts);
        Assert.DoesNotContain("Session", texts);
    }

    [Fact]
    public void BlandAltmanAndCompletionLabelsAreGerman()
    {
        RatingPair[] pairs = [new("a", 30, 29), new("b", 32, 30), new("c", 35, 33), new("d", 28, 30)];
        var texts = InGerman(() => BlandAltmanChart.Create(pairs));
        Assert.Contains("Mittelwert von Klient/in und Therapeut/in", texts);
        Assert.Contains("+1,96 SD 4.46", texts);
        var completion = InGerman(() => CompletionChart.Create([new(1, 9, 12)]));
        Assert.Contains("Studienwoche", completion);
        Assert.Contains("Fällig", completion);
    }

    [Fact]
    public void EveryEnglishChartWordHasAGermanTranslation()
    {
        var resources = new ResourceManager("Alliance.Plots.ChartWording", typeof(ChartWording).Assembly);
        static Dictionary<string, string> Entries(ResourceSet set) =>
            set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
        var english = Entries(resources.GetResourceSet(CultureInfo.InvariantCulture, true, false)!);
        var german = Entries(resources.GetResourceSet(new CultureInfo("de"), true, false)!);
        Assert.Equal(english.Keys.Order(), german.Keys.Order());
        Assert.All(english.Keys, k => Assert.Equal(english[k].Count(c => c == '{'), german[k].Count(c => c == '{')));
    }
}
