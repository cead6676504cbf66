using System.Text.Json;

namespace Alliance.Instruments.Loading;

/// <summary>
/// Reads a licensee-supplied item text file: <c>{"items": {"&lt;item id&gt;": {"en": "…", "de": "…"}}}</c>.
/// A missing file is normal (the wording is licensed and not installed); a file that is present but
/// malformed, or names items the instrument lacks, is a problem of the definition.
/// </summary>
internal static class ItemTextFile
{
    public static Dictionary<string, LocalizedText>? Read(string relativePath, string? baseDirectory,
        IEnumerable<string> itemIds, string source, List<InstrumentProblem> problems)
    {
        if (baseDirectory is null)
        {
            return null;
        }
        var path = Path.Combine(baseDirectory, relativePath);
        if (!File.Exists(path))
        {
            return null;
        }
        var label = $"{source} → {relativePath}";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException ex)
        {
            problems.Add(ProblemText.Create(label, Position(ex), "json.malformed", ex.Message));
            return null;
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("items", out var map) || map.ValueKind != JsonValueKind.Object)
            {
                problems.Add(ProblemText.Create(label, "$", "itemText.shape"));
                return null;
            }
            var ids = itemIds.ToHashSet(StringComparer.Ordinal);
            var texts = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
            foreach (var entry in map.EnumerateObject())
            {
                if (!ids.Contains(entry.Name))
                {
                    problems.Add(ProblemText.Create(label, $"$.items.{entry.Name}", "itemText.unknownItem", entry.Name));
                    continue;
                }
                if (entry.Value.ValueKind != JsonValueKind.Object
                    || entry.Value.EnumerateObject().Any(t => t.Value.ValueKind != JsonValueKind.String))
                {
                    problems.Add(ProblemText.Create(label, $"$.items.{entry.Name}", "itemText.texts"));
                    continue;
                }
                texts[entry.Name] = new LocalizedText(entry.Value.EnumerateObject().Select(t => KeyValuePair.Create(t.Name, t.Value.GetString()!)));
            }
            return texts;
        }
    }

    /// <summary>JSON reader positions are 0-based; people count lines and columns from 1.</summary>
    internal static string Position(JsonException ex) =>
        $"line {(ex.LineNumber ?? 0) + 1}, position {(ex.BytePositionInLine ?? 0) + 1}";
}
