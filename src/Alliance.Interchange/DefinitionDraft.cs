using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alliance.Instruments.Loading;

namespace Alliance.Interchange;

/// <summary>
/// A definition being assembled by an importer: the JSON in the <c>instruments/</c> format, the problems and notes so far,
/// and where each part came from, so a problem the instrument loader finds at <c>$.items[3].scale</c> is reported at the
/// REDCap row or FHIR path it was built from.
/// </summary>
internal sealed class DefinitionDraft
{
    private static readonly JsonSerializerOptions Output = new()
    {
        WriteIndented = true,
        // A file for people and the loader, never served as HTML: umlauts and dashes stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly List<(string Path, string Location)> _origins = [];
    private readonly string _wholeSource;

    public DefinitionDraft(string wholeSource)
    {
        _wholeSource = wholeSource;
    }

    public JsonObject Root { get; } = [];

    public List<ImportProblem> Problems { get; } = [];

    public List<ImportProblem> Notes { get; } = [];

    /// <summary>Records that the definition part at <paramref name="path"/> (and below) came from <paramref name="location"/>.</summary>
    public void From(string path, string location) => _origins.Add((path, location));

    public void Problem(string location, string message) => Problems.Add(new ImportProblem(location, message));

    public void Note(string location, string message) => Notes.Add(new ImportProblem(location, message));

    /// <summary>
    /// The result: nothing when the importer found problems; otherwise the JSON checked by <see cref="InstrumentLoader"/>
    /// (the one validator), its problems located in the source by the longest recorded path prefix.
    /// </summary>
    public DefinitionImportResult Finish(string source)
    {
        if (Problems.Count > 0)
        {
            return new DefinitionImportResult(null, Problems, Notes);
        }
        var json = Root.ToJsonString(Output) + "\n";
        var loaded = InstrumentLoader.Load(json, source);
        var problems = loaded.Problems.Select(p => new ImportProblem(Locate(p.Path), $"{p.Message} (definition {p.Path})")).ToList();
        return new DefinitionImportResult(json, problems, Notes);
    }

    private string Locate(string path)
    {
        var best = _origins.Where(o => path == o.Path || path.StartsWith(o.Path + ".", StringComparison.Ordinal) || path.StartsWith(o.Path + "[", StringComparison.Ordinal))
            .MaxBy(o => o.Path.Length);
        return best.Location ?? _wholeSource;
    }

    /// <summary>A localized text object <c>{"en": "…"}</c>.</summary>
    public static JsonObject Text(string language, string text) => new() { [language] = text };
}
