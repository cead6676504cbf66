using System.Text.Json;
using Alliance.Instruments.Loading;
using Alliance.Interchange.Fhir;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Alliance.Interchange;

/// <summary>
/// An Alliance instrument definition as an HL7 FHIR R4 <c>Questionnaire</c> (see <see cref="AllianceFhir"/> for what
/// goes where). <see cref="DefinitionImport"/> with <see cref="ImportFormat.Fhir"/> reads it back to a definition with
/// the same content hash.
/// </summary>
public static class DefinitionExport
{
    /// <summary>
    /// The Questionnaire JSON of a definition (the text of an <c>instruments/</c> file or a stored study instrument).
    /// Throws <see cref="InstrumentDefinitionException"/> with every problem when the definition is not valid.
    /// </summary>
    public static string ToFhir(string definitionJson, string source = "definition")
    {
        var questionnaire = ToQuestionnaire(definitionJson, source);
        return new FhirJsonSerializer().SerializeToString(questionnaire, pretty: true) + "\n";
    }

    /// <summary>The Questionnaire of a definition, as <see cref="ToFhir"/> but not yet serialised.</summary>
    public static Questionnaire ToQuestionnaire(string definitionJson, string source = "definition")
    {
        InstrumentLoader.Load(definitionJson, source).GetOrThrow();
        using var document = JsonDocument.Parse(definitionJson);
        return QuestionnaireWriter.Write(document.RootElement);
    }
}
