using System.Text.Json;

namespace Alliance.Instruments.Loading;

/// <summary>
/// Loads instrument definitions and reports every problem with file and JSON path. Never throws for
/// bad content (only for I/O failures); use <see cref="InstrumentLoadResult.GetOrThrow"/> to insist.
/// </summary>
public static class InstrumentLoader
{
    private static readonly JsonDocumentOptions Strict = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>
    /// Loads a definition file. Problems name the file by its file name; a licensed item text file is
    /// looked for relative to the definition's directory.
    /// </summary>
    public static InstrumentLoadResult LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var source = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return new InstrumentLoadResult(source, null, [ProblemText.Create(source, "$", "file.notFound", path)]);
        }
        return Load(File.ReadAllText(path), source, Path.GetDirectoryName(Path.GetFullPath(path)));
    }

    /// <summary>
    /// Loads several definition files (<see cref="LoadFile"/>) and checks them as a set: each declared
    /// <c>parallel_form</c> must be one of these files, else a shipped instrument, and hold up as a pair
    /// (<see cref="ParallelForms"/>). A file whose pairing fails gets those problems and no instrument.
    /// </summary>
    public static IReadOnlyList<InstrumentLoadResult> LoadFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return CheckParallelForms([.. paths.Select(LoadFile)]);
    }

    /// <summary>
    /// The set check of <see cref="LoadFiles"/> for definitions loaded some other way (e.g. with <see cref="Load"/>):
    /// the results again, those whose declared parallel form is missing or does not hold up with their problems added.
    /// </summary>
    public static IReadOnlyList<InstrumentLoadResult> CheckParallelForms(IReadOnlyList<InstrumentLoadResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return ParallelFormCheck.Apply(results, InstrumentCatalog.Shipped.Instruments);
    }

    /// <summary>
    /// Loads definition text. <paramref name="source"/> labels problems; <paramref name="itemTextDirectory"/>
    /// is where a relative <c>item_text_file</c> is resolved (null: licensed text is not looked for).
    /// </summary>
    public static InstrumentLoadResult Load(string json, string source, string? itemTextDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Strict);
        }
        catch (JsonException ex)
        {
            var message = ex.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0];
            return new InstrumentLoadResult(source, null, [ProblemText.Create(source, ItemTextFile.Position(ex), "json.malformed", message)]);
        }
        using (document)
        {
            var reader = new DefinitionReader(source, itemTextDirectory);
            var instrument = reader.Read(document.RootElement, ContentHash.Compute(document.RootElement));
            return new InstrumentLoadResult(source, instrument, reader.Problems);
        }
    }
}
