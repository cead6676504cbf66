using Alliance.Interchange.Fhir;
using Alliance.Interchange.Redcap;

namespace Alliance.Interchange;

/// <summary>
/// Turns a questionnaire from another system into an Alliance instrument definition (the JSON of <c>instruments/</c>).
/// The converters only translate; the definition is then checked by the instrument loader like any other, and its
/// problems are reported at the row, column or FHIR path they came from. Every problem is reported at once; on any
/// problem no definition is produced. See docs/instruments.md, "Import and export".
/// </summary>
public static class DefinitionImport
{
    /// <summary>Reads <paramref name="input"/> (UTF-8, with or without BOM) in <paramref name="format"/>.</summary>
    public static DefinitionImportResult Read(ImportFormat format, Stream input, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= new ImportOptions();
        return format switch
        {
            ImportFormat.Redcap => RedcapImport.Read(input, options),
            ImportFormat.Fhir => QuestionnaireImport.Read(input, options),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown import format"),
        };
    }
}
