using System.Text.Json.Nodes;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Alliance.Interchange.Fhir;

/// <summary>
/// FHIR R4 Questionnaire (JSON) → definition. A Questionnaire exported by Alliance comes back field for field from its
/// Alliance extensions (same content hash); any other Questionnaire is read from its FHIR elements: choice items with
/// coded answer options become Likert items (the ordinalValue extension or a numeric code is the value), integer and
/// decimal items with minValue/maxValue numeric items, or visual-analogue ones with the slider item control; groups
/// are flattened; display items and enableWhen conditions are noted as not imported; other item types are errors.
/// </summary>
internal static class QuestionnaireImport
{
    public static DefinitionImportResult Read(Stream input, ImportOptions options)
    {
        var draft = new DefinitionDraft("Questionnaire");
        string text;
        using (var reader = new StreamReader(input, leaveOpen: true))
        {
            text = reader.ReadToEnd();
        }
        Questionnaire q;
        try
        {
            q = new FhirJsonDeserializer().Deserialize<Questionnaire>(text);
        }
        catch (DeserializationFailedException ex)
        {
            foreach (var error in ex.Exceptions)
            {
                draft.Problem("Questionnaire", $"not a valid FHIR R4 Questionnaire: {error.Message}");
            }
            return draft.Finish("questionnaire");
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or System.Text.Json.JsonException)
        {
            draft.Problem("Questionnaire", $"not a FHIR R4 Questionnaire in JSON: {ex.Message}");
            return draft.Finish("questionnaire");
        }
        return Convert(q, options, draft);
    }

    private static DefinitionImportResult Convert(Questionnaire q, ImportOptions options, DefinitionDraft draft)
    {
        var root = draft.Root;
        var declared = q.Extension.Where(e => e.Url == AllianceFhir.Languages).Select(e => (e.Value as Code)?.Value).OfType<string>().ToList();
        var language = declared.FirstOrDefault() ?? q.Language ?? options.Language;
        var seen = new List<string> { language };
        var id = options.Id ?? q.Identifier.FirstOrDefault(i => i.System == AllianceFhir.InstrumentSystem)?.Value ?? q.Id ?? q.Name?.ToLowerInvariant();
        if (id is null)
        {
            draft.Problem("Questionnaire", "no id: give the Questionnaire an identifier, id or name, or choose the instrument id");
            id = "";
        }
        root["id"] = id;
        draft.From("$.id", "Questionnaire.identifier");
        var title = q.Title ?? q.Name ?? id;
        ImportDefaults.Header(root, language, title, $"Imported from the FHIR Questionnaire '{q.Url ?? title}'.");
        if (q.Version is { } version)
        {
            root["version"] = version;
        }
        draft.From("$.version", "Questionnaire.version");
        SetText(root, "title", FhirText.Read(q.TitleElement, language, seen), draft, "Questionnaire.title");
        SetText(root, "description", FhirText.Read(q.DescriptionElement, language, seen), draft, "Questionnaire.description");
        SetText(root, "participant_title", FhirText.Read(q.GetExtension(AllianceFhir.ParticipantTitle)?.Value as PrimitiveType, language, seen), draft, "Questionnaire.extension(participant-title)");
        SetText(root, "instruction", FhirText.Read(q.GetExtension(AllianceFhir.Instruction)?.Value as PrimitiveType, language, seen), draft, "Questionnaire.extension(instruction)");
        var raters = q.Extension.Where(e => e.Url == AllianceFhir.Rater).Select(e => (e.Value as Code)?.Value).ToList();
        if (raters.Count > 0)
        {
            root["raters"] = new JsonArray([.. raters.Select(r => JsonValue.Create(r))]);
        }
        CopyString(q, root, "construct", AllianceFhir.Construct, draft);
        CopyString(q, root, "parallel_form", AllianceFhir.ParallelForm, draft);
        if (q.GetExtension(AllianceFhir.Validated)?.Value is FhirBoolean validated)
        {
            root["validated"] = validated.Value;
        }
        if ((q.GetExtension(AllianceFhir.Citation)?.Value as FhirString)?.Value is { } citation)
        {
            root["citation"] = citation;
        }
        if (q.Copyright is { } copyright)
        {
            root["licence"] = copyright;
        }
        CopyString(q, root, "item_text_file", AllianceFhir.ItemTextFile, draft);
        new QuestionnaireItems(draft, language, seen).Read(q);
        ScoringExtensionReader.Scoring(q, root, language, seen);
        draft.From("$.reverse_keyed", "Questionnaire.extension(reverse-keyed)");
        draft.From("$.subscales", "Questionnaire.extension(subscale)");
        draft.From("$.total", "Questionnaire.extension(total)");
        draft.From("$.cutoffs", "Questionnaire.extension(cutoff)");
        ImportDefaults.Scoring(root, language, draft, "Questionnaire");
        root["languages"] = new JsonArray([.. (declared.Count > 0 ? declared : seen).Select(l => JsonValue.Create(l))]);
        draft.From("$.languages", "Questionnaire.language");
        return draft.Finish(id);
    }

    private static void SetText(JsonObject root, string field, JsonObject? text, DefinitionDraft draft, string location)
    {
        if (text is not null)
        {
            root[field] = text;
        }
        draft.From($"$.{field}", location);
    }

    private static void CopyString(Questionnaire q, JsonObject root, string field, string url, DefinitionDraft draft)
    {
        if ((q.GetExtension(url)?.Value as FhirString)?.Value is { } value)
        {
            root[field] = value;
        }
        draft.From($"$.{field}", $"Questionnaire.extension({url[AllianceFhir.ExtensionBase.Length..]})");
    }
}
