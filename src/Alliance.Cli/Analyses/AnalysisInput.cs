using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alliance.Analysis;
using Alliance.Analysis.Descriptives;
using Alliance.Analysis.Tabular;

namespace Alliance.Cli.Analyses;

/// <summary>Shared parsing and output for the analysis commands: column lists, CSV columns, JSON numbers.</summary>
internal static class AnalysisInput
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>A comma-separated list flag, trimmed, no empty or repeated names.</summary>
    public static string[] List(string flag, string? text, int minimum)
    {
        var names = (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length < minimum)
        {
            throw new InputException($"{flag}: give at least {minimum} column name(s), comma-separated (got '{text}')");
        }
        var repeated = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new InputException($"{flag}: '{repeated.Key}' is listed twice");
        }
        return names;
    }

    /// <summary>Checks that every named column exists, naming the flag and the file's columns when one does not.</summary>
    public static void RequireColumns(CsvTable table, string flag, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (!table.HasColumn(name))
            {
                throw new InputException($"{flag}: {table.Source} has no column '{name}'; its columns are: {string.Join(", ", table.Columns)}");
            }
        }
    }

    /// <summary>Runs an analysis, putting the file's name in front of an input problem it reports (CliHost makes it exit 2).</summary>
    public static T Analyse<T>(string source, Func<T> analysis)
    {
        try
        {
            return analysis();
        }
        catch (AnalysisInputException ex) when (ex is not CsvTableException)
        {
            // A CSV problem names its file, line and column already.
            throw new InputException($"{source}: {ex.Message}", ex);
        }
    }

    /// <summary>A number for JSON: null when NaN or infinite (JSON has no NaN).</summary>
    public static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    public static JsonObject Interval(ConfidenceInterval ci) => new()
    {
        ["level"] = ci.Level,
        ["lower"] = Number(ci.Lower),
        ["upper"] = Number(ci.Upper),
    };

    public static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    public static Task WriteJsonAsync(TextWriter output, JsonNode document, CancellationToken ct) =>
        output.WriteLineAsync(document.ToJsonString(Indented).AsMemory(), ct);

    /// <summary>Fixed-point text for tables: 4 decimals, "NA" for NaN (as R prints).</summary>
    public static string Text(double value, int decimals = 4) =>
        double.IsNaN(value) ? "NA" : value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
