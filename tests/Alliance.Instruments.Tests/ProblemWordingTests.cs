using System.Text.RegularExpressions;
using System.Xml.Linq;
using Alliance.Instruments.Loading;

namespace Alliance.Instruments.Tests;

/// <summary>
/// The loader's problem wording (<c>Loading/ProblemText.resx</c> and its German file): every kind of problem worded in
/// German with no placeholder the English lacks, and a problem worded in either language from the same kind and
/// arguments, English being what <see cref="InstrumentProblem.Message"/> has always said.
/// </summary>
public sealed partial class ProblemWordingTests
{
    [Fact]
    public void EveryProblemKindHasGermanWordingThatNamesNothingTheEnglishDoesNot()
    {
        var english = Read("ProblemText.resx");
        var german = Read("ProblemText.de.resx");

        Assert.True(english.Count > 60, $"only {english.Count} kinds of problem");
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), german.Keys.Order(StringComparer.Ordinal));
        Assert.All(english, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(german[e.Key]), e.Key);
            Assert.Subset(Placeholders(e.Value), Placeholders(german[e.Key]));
        });
    }

    [Fact]
    public void AProblemIsWordedInEnglishOrGermanFromTheSameKindAndArguments()
    {
        var json = InstrumentCatalog.ShippedDefinition("session-vas.json")!
            .Replace("\"max\": 10", "\"max\": \"ten\"", StringComparison.Ordinal)
            .Replace("\"scale\": \"vas10\"", "\"scale\": \"vas11\"", StringComparison.Ordinal);

        var problems = InstrumentLoader.Load(json, "broken.json").Problems;

        var max = Assert.Single(problems, p => p.Path == "$.scales[0].max");
        Assert.Equal("expected a finite number, found the string \"ten\"", max.Message);
        Assert.Equal(max.Message, max.MessageIn("en"));
        Assert.Equal("erwartet: eine endliche Zahl; gefunden: der Text \"ten\"", max.MessageIn("de"));
        var scale = problems.First(p => p.Path == "$.items[0].scale");
        Assert.Equal(("unknown scale 'vas11'", "unbekannte Skala 'vas11'"), (scale.Message, scale.MessageIn("de")));
        Assert.All(problems, p => Assert.NotNull(p.Code));
    }

    private static Dictionary<string, string> Read(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Alliance.sln")))
        {
            dir = dir.Parent;
        }
        var path = Path.Combine(dir!.FullName, "src", "Alliance.Instruments", "Loading", file);
        return XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
