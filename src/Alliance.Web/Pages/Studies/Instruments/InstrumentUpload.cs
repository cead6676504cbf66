using System.Text;
using Alliance.Instruments.Loading;
using Alliance.Interchange;

namespace Alliance.Web.Pages.Studies.Instruments;

/// <summary>
/// Reads an uploaded instrument file in one of the formats the upload page offers into definition JSON in the
/// <c>instruments/</c> format, which the study instrument store then checks like any other definition. One method per
/// format, chosen in <see cref="ReadAsync"/>; a format that converts (a data dictionary, a FHIR Questionnaire) reports
/// what it cannot convert as problems with their location.
/// </summary>
public static class InstrumentUpload
{
    /// <summary>An Alliance instrument definition (<c>instruments/instrument.schema.json</c>).</summary>
    public const string AllianceJson = "alliance-json";

    /// <summary>A REDCap data dictionary (the 18-column CSV), converted by <see cref="DefinitionImport"/>.</summary>
    public const string Redcap = "redcap";

    /// <summary>An HL7 FHIR R4 Questionnaire in JSON, converted by <see cref="DefinitionImport"/>.</summary>
    public const string Fhir = "fhir";

    /// <summary>The formats the upload page offers, in its order.</summary>
    public static IReadOnlyList<string> Formats { get; } = [AllianceJson, Redcap, Fhir];

    /// <summary>Largest file accepted, in bytes: a long questionnaire in several languages is well under this.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>
    /// The definition JSON in <paramref name="stream"/> read as <paramref name="format"/>, or the problems that kept it
    /// from being read (then the JSON is null). <paramref name="source"/> labels the problems (the file name). Notes
    /// say what a converted file held that the definition does not take over (a REDCap calculated field, branching
    /// logic, the defaults an import chose), each at its row or FHIR path; they do not stop the upload.
    /// </summary>
    public static async Task<(string? DefinitionJson, IReadOnlyList<InstrumentProblem> Problems, IReadOnlyList<InstrumentProblem> Notes)> ReadAsync(
        string format, Stream stream, string source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var text = await ReadTextAsync(stream, ct);
        if (text is null)
        {
            return (null, [InstrumentProblem.Worded(source, "$", "upload.tooLargeOrNotText", MaxBytes / 1024)], []);
        }
        return format switch
        {
            AllianceJson => (text, [], []),
            Redcap => Convert(ImportFormat.Redcap, text, source),
            Fhir => Convert(ImportFormat.Fhir, text, source),
            _ => (null, [InstrumentProblem.Worded(source, "$", "upload.unknownFormat", format)], []),
        };
    }

    private static (string?, IReadOnlyList<InstrumentProblem>, IReadOnlyList<InstrumentProblem>) Convert(ImportFormat format, string text, string source)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var result = DefinitionImport.Read(format, input);
        return (result.Definition, Located(result.Problems, source), Located(result.Notes, source));
    }

    private static InstrumentProblem[] Located(IEnumerable<ImportProblem> problems, string source) =>
        [.. problems.Select(p => new InstrumentProblem(source, p.Location, p.Message))];

    private static async Task<string?> ReadTextAsync(Stream stream, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxBytes)
        {
            return null;
        }
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
