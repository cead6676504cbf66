using System.Collections.Frozen;
using Alliance.Web.Pages;
using Alliance.Web.Pages.Studies.Access;
using Alliance.Web.Pages.Studies.Dashboard;
using Alliance.Web.Pages.Studies.Sessions;
using Alliance.Web.Pages.Studies.Setup;

namespace Alliance.Web.Workspace.Wording;

/// <summary>
/// The workspace pages' wording by key, English and German. Each part of the workspace keeps its own table in this
/// folder (a static class with an <c>Entries</c> array); this class joins them. A missing key throws, and a test
/// checks that no key is repeated and no text is empty, so a page can never show a blank label.
/// </summary>
internal static class Wording
{
    private static readonly FrozenDictionary<string, Entry> Entries = Join(
        CommonWording.Entries,
        DashboardWording.Entries,
        SetupWording.Entries,
        SessionsWording.Entries,
        AccessWording.Entries,
        AccountWording.Entries);

    /// <summary>Every entry, for the completeness test.</summary>
    public static IEnumerable<Entry> All => Entries.Values;

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/> (German for <c>de</c>, else English).</summary>
    public static string Get(string key, string language) =>
        Entries.TryGetValue(key, out var entry)
            ? language == "de" ? entry.De : entry.En
            : throw new KeyNotFoundException($"no workspace wording '{key}'");

    private static FrozenDictionary<string, Entry> Join(params Entry[][] tables)
    {
        var all = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var entry in tables.SelectMany(t => t))
        {
            if (!all.TryAdd(entry.Key, entry))
            {
                throw new InvalidOperationException($"workspace wording '{entry.Key}' is defined twice");
            }
        }
        return all.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
