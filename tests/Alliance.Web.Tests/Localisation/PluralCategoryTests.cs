using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Alliance.Testing.Hosting;
using Alliance.Web.Localisation;
using Alliance.Web.Workspace;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Alliance.Web.Tests.Localisation;

/// <summary>
/// Counts with nouns ("1 session recorded", not "1 sessions recorded"): the CLDR plural category of a count, the
/// message <see cref="WorkspaceText.Plural"/> picks with it, and resource files that have every category a page asks for.
/// </summary>
public partial class PluralCategoryTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    public void OneIsTheOnlyCountInCategoryOneInEnglishAndGerman(string language)
    {
        Assert.Equal(PluralCategory.One, PluralCategory.Of(1, language));
        Assert.Equal(PluralCategory.One, PluralCategory.Of(-1, language));
        Assert.All(new long[] { 0, 2, 3, 11, 21, 101, long.MaxValue },
            n => Assert.Equal(PluralCategory.Other, PluralCategory.Of(n, language)));
    }

    [Fact]
    public void ALanguageThePagesAreNotWrittenInCountsAsEnglishDoes()
    {
        Assert.Equal(PluralCategory.One, PluralCategory.Of(1, "fr"));
        Assert.Equal(PluralCategory.Other, PluralCategory.Of(0, "fr"));
    }

    [Theory]
    [InlineData("en", 1, "1 session recorded, 1 link created.")]
    [InlineData("en", 3, "3 sessions recorded, 3 links created.")]
    [InlineData("de", 1, "1 Sitzung eingetragen, 1 Link erstellt.")]
    [InlineData("de", 3, "3 Sitzungen eingetragen, 3 Links erstellt.")]
    public void PluralPicksTheMessageForTheCountInThePagesLanguage(string language, int count, string expected)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var text = new WorkspaceText(new ResourceManagerStringLocalizerFactory(
                Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
            var links = text.Plural("sessions.linksCreated", count, count);
            Assert.Equal(expected, text.Plural("sessions.recorded", count, count, links));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void EveryPluralMessageThePagesNameHasOneAndOtherInEveryLanguage()
    {
        var web = RunningApp.WebProjectDirectory();
        var used = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => PluralUse().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .ToHashSet(StringComparer.Ordinal);
        var known = Directory.EnumerateFiles(web, "*.resx", SearchOption.AllDirectories)
            .SelectMany(f => XDocument.Load(f).Root!.Elements("data").Select(d => (Language: Language(f), Key: (string)d.Attribute("name")!)))
            .ToHashSet();

        Assert.True(used.Count >= 8, $"only {used.Count} plural messages found: has the way pages name them changed?");
        var missing = from key in used
                      from language in Languages.All
                      from category in new[] { PluralCategory.One, PluralCategory.Other }
                      where !known.Contains((language, key + "." + category))
                      select $"{language}: {key}.{category}";
        Assert.Empty(missing);
        Assert.DoesNotContain(known, k => used.Contains(k.Key));
    }

    private static string Language(string resx) =>
        Path.GetFileNameWithoutExtension(resx).Split('.') is [_, var code] ? code : Languages.Default;

    [GeneratedRegex(@"\.Plural\(""(?<key>[a-z][A-Za-z0-9]*(?:[.\-][A-Za-z0-9]+)+)""")]
    private static partial Regex PluralUse();
}
