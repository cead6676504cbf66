using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Alliance.Testing.Hosting;
using Alliance.Web.Localisation;
using Alliance.Web.Outages;
using Alliance.Web.Surveys;
using Alliance.Web.Workspace;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Alliance.Web.Tests.Workspace;

/// <summary>
/// The pages' wording, read from the <c>.resx</c> files themselves: complete in every language, every file read by
/// the pages, and every key the pages name exists.
/// </summary>
public partial class WordingTests
{
    private static readonly string Web = RunningApp.WebProjectDirectory();

    [Fact]
    public void EveryKeyHasTextInEveryLanguageWithTheSamePlaceholders()
    {
        var failures = new List<string>();
        var keys = 0;
        foreach (var neutral in NeutralFiles())
        {
            var english = Read(neutral);
            keys += english.Count;
            foreach (var language in Languages.All.Where(l => l != Languages.Default))
            {
                var file = Translation(neutral, language);
                if (!File.Exists(file))
                {
                    failures.Add($"{Relative(neutral)}: no {language} file");
                    continue;
                }
                var translated = Read(file);
                failures.AddRange(english.Keys.Except(translated.Keys).Select(k => $"{Relative(file)}: {k} missing"));
                failures.AddRange(translated.Keys.Except(english.Keys).Select(k => $"{Relative(file)}: {k} not in the English file"));
                foreach (var (key, text) in english.Where(e => translated.ContainsKey(e.Key)))
                {
                    if (string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(translated[key]))
                    {
                        failures.Add($"{Relative(file)}: {key}: empty text");
                    }
                    else if (!Placeholders(text).SetEquals(Placeholders(translated[key])))
                    {
                        failures.Add($"{Relative(file)}: {key}: placeholders differ between \"{text}\" and \"{translated[key]}\"");
                    }
                }
            }
        }

        Assert.True(keys > 330, $"only {keys} keys: is a resource file missing?");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void EveryResourceIsReadByThePagesAndNoWorkspaceKeyIsDefinedTwice()
    {
        var workspace = WorkspaceText.Resources.Select(FileOf).ToList();

        Assert.Equal(NeutralFiles().Order(StringComparer.Ordinal),
            workspace.Append(FileOf(typeof(SurveyText))).Append(FileOf(typeof(OutageText))).Order(StringComparer.Ordinal));
        var twice = workspace.SelectMany(f => Read(f).Keys.Select(k => (File: Relative(f), Key: k)))
            .GroupBy(e => e.Key).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.File))}").ToList();
        Assert.True(twice.Count == 0, string.Join("\n", twice));
    }

    [Fact]
    public void TheCompiledResourcesGiveEveryFilesTextInItsLanguage()
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        var workspace = new WorkspaceText(factory);
        var survey = typeof(SurveyText).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string)).ToList();
        var failures = new List<string>();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var language in Languages.All)
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
                Assert.Equal(language, workspace.Code);
                foreach (var file in WorkspaceText.Resources.Select(FileOf))
                {
                    failures.AddRange(Read(Translation(file, language)).Where(e => workspace[e.Key] != e.Value)
                        .Select(e => $"{language} {e.Key}: \"{workspace[e.Key]}\", file has \"{e.Value}\""));
                }
                // The survey's language is given, not the request's: read German texts under an English request.
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Languages.Default);
                var text = new SurveyText(new StringLocalizer<SurveyText>(factory), language);
                var all = Read(Translation(FileOf(typeof(SurveyText)), language));
                // A count's message is one key per plural form (survey.minutes.one, .other), read through Wait, not a property.
                var expected = all.Where(e => !e.Key.EndsWith(".one", StringComparison.Ordinal) && !e.Key.EndsWith(".other", StringComparison.Ordinal))
                    .ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
                Assert.Equal(expected.Count, survey.Count);
                failures.AddRange(new[] { 1, 5 }.Select(n => (Minutes: n, Wait: text.Wait(TimeSpan.FromMinutes(n))))
                    .Where(w => w.Wait != string.Format(CultureInfo.InvariantCulture, all["survey.minutes." + (w.Minutes == 1 ? "one" : "other")], w.Minutes))
                    .Select(w => $"{language} survey Wait({w.Minutes} min): \"{w.Wait}\""));
                failures.AddRange(survey.Where(p => (string)p.GetValue(text)! != expected["survey." + char.ToLowerInvariant(p.Name[0]) + p.Name[1..]])
                    .Select(p => $"{language} survey {p.Name}: \"{p.GetValue(text)}\""));
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void EveryKeyWrittenOutInThePagesExists()
    {
        var used = Directory.EnumerateFiles(Web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !IsBuildOutput(f))
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups["key"].Value)))
            .ToList();
        var known = WorkspaceText.Resources.Select(FileOf).SelectMany(f => Read(f).Keys).ToHashSet(StringComparer.Ordinal);

        Assert.True(used.Count > 200, $"only {used.Count} uses found: has the way pages name keys changed?");
        var missing = used.Where(u => !known.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct().ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    /// <summary>The English files: every <c>.resx</c> whose name carries no language.</summary>
    private static List<string> NeutralFiles() =>
    [
        .. Directory.EnumerateFiles(Web, "*.resx", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f) && !Path.GetFileNameWithoutExtension(f).Contains('.', StringComparison.Ordinal)),
    ];

    /// <summary>The resource file of a type: its namespace is its folder under the web project.</summary>
    private static string FileOf(Type resource) =>
        Path.Combine([Web, .. resource.FullName!["Alliance.Web.".Length..].Split('.')]) + ".resx";

    private static string Translation(string neutral, string language) =>
        language == Languages.Default ? neutral : Path.ChangeExtension(neutral, $".{language}.resx");

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    private static string Relative(string file) => Path.GetRelativePath(Web, file);

    private static bool IsBuildOutput(string file) =>
        file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    /// <summary><c>t["key"]</c>, <c>Text["key"]</c>, <c>text["key"]</c> and <c>Format("key", …)</c> with a literal key.</summary>
    [GeneratedRegex(@"(?:\b(?:t|Text|text)\[""|\.Format\("")(?<key>[a-z][A-Za-z0-9]*(?:[.\-][A-Za-z0-9]+)+)""")]
    private static partial Regex KeyUse();
}
