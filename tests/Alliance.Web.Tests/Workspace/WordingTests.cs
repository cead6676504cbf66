using System.Text.RegularExpressions;
using Alliance.Testing.Hosting;
using Alliance.Web.Workspace;

namespace Alliance.Web.Tests.Workspace;

/// <summary>The workspace wording: complete in both languages, and every key the pages name exists.</summary>
public partial class WordingTests
{
    private static readonly WorkspaceText English = WorkspaceText.For("en");
    private static readonly WorkspaceText German = WorkspaceText.For("de");

    [Fact]
    public void EveryKeyHasEnglishAndGermanTextWithTheSamePlaceholders()
    {
        var keys = WorkspaceText.Keys.ToList();

        Assert.True(keys.Count > 300, $"only {keys.Count} keys: is a wording table missing from Wording.Join?");
        var failures = new List<string>();
        foreach (var key in keys)
        {
            var (en, de) = (English[key], German[key]);
            if (string.IsNullOrWhiteSpace(en) || string.IsNullOrWhiteSpace(de))
            {
                failures.Add($"{key}: empty text");
            }
            else if (!Placeholders(en).SetEquals(Placeholders(de)))
            {
                failures.Add($"{key}: placeholders differ between \"{en}\" and \"{de}\"");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void EveryKeyWrittenOutInThePagesExists()
    {
        var web = RunningApp.WebProjectDirectory();
        var used = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups["key"].Value)))
            .ToList();
        var known = WorkspaceText.Keys.ToHashSet(StringComparer.Ordinal);

        Assert.True(used.Count > 200, $"only {used.Count} uses found: has the way pages name keys changed?");
        var missing = used.Where(u => !known.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct().ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    /// <summary><c>t["key"]</c>, <c>Text["key"]</c>, <c>text["key"]</c> and <c>Format("key", …)</c> with a literal key.</summary>
    [GeneratedRegex(@"(?:\b(?:t|Text|text)\[""|\.Format\("")(?<key>[a-z][A-Za-z0-9]*(?:[.\-][A-Za-z0-9]+)+)""")]
    private static partial Regex KeyUse();
}
