using System.Globalization;
using System.Text.Json.Nodes;

namespace Alliance.Interchange.Redcap;

/// <summary>
/// REDCap data dictionary → definition. radio and dropdown fields become Likert items (choice codes are the values,
/// labels the anchors), slider fields visual-analogue items (REDCap's 0–100 unless Text Validation Min/Max say
/// otherwise, labels at the ends and middle), text fields with integer or number_Ndp validation numeric items on
/// their min–max range. calc and descriptive fields and branching logic are noted as not imported; any other field
/// type is an error. REDCap has no scoring: the definition gets <see cref="ImportDefaults"/>.
/// </summary>
internal static class RedcapImport
{
    public static DefinitionImportResult Read(Stream input, ImportOptions options)
    {
        var draft = new DefinitionDraft("the dictionary");
        var (all, headerProblems) = RedcapDictionary.Read(input);
        draft.Problems.AddRange(headerProblems);
        if (headerProblems.Count > 0)
        {
            return draft.Finish("redcap");
        }
        var forms = all.Select(f => f.Form).Distinct(StringComparer.Ordinal).ToList();
        var form = options.Form ?? (forms.Count == 1 ? forms[0] : null);
        if (form is null || !forms.Contains(form, StringComparer.Ordinal))
        {
            draft.Problem($"column '{RedcapDictionary.FormName}'", forms.Count == 0 ? "the dictionary has no fields"
                : $"the dictionary holds the forms {string.Join(", ", forms)}; choose one{(options.Form is null ? "" : $" ('{options.Form}' is not among them)")}");
            return draft.Finish("redcap");
        }
        var language = options.Language;
        var root = draft.Root;
        root["id"] = options.Id ?? form.ToLowerInvariant();
        draft.From("$.id", $"column '{RedcapDictionary.FormName}' ('{form}')");
        ImportDefaults.Header(root, language, Humanize(form), $"Imported from a REDCap data dictionary (form '{form}').");
        var scales = new JsonArray();
        var scaleIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var items = new JsonArray();
        root["scales"] = scales;
        root["items"] = items;
        foreach (var field in all.Where(f => f.Form == form))
        {
            if (field.Row == 2 && field.Type == "text" && field.Validation.Length == 0)
            {
                draft.Note(field.At(), "the record id field is REDCap's, not a question: not imported");
                continue;
            }
            if (field.Type is "calc" or "descriptive")
            {
                draft.Note(field.At(RedcapDictionary.FieldType), $"{field.Type} field not imported: Alliance items are answered, not computed or shown");
                continue;
            }
            var scale = RedcapScales.For(field, language, draft);
            if (scale is null)
            {
                continue;
            }
            var key = scale.ToJsonString();
            if (!scaleIds.TryGetValue(key, out var scaleId))
            {
                scaleId = $"scale{scaleIds.Count + 1}";
                scaleIds[key] = scaleId;
                var withId = new JsonObject { ["id"] = scaleId };
                foreach (var (name, value) in scale)
                {
                    withId[name] = value?.DeepClone();
                }
                draft.From($"$.scales[{scales.Count}]", field.At(field.Type == "text" ? $"{RedcapDictionary.ValidationMin}/{RedcapDictionary.ValidationMax}" : RedcapDictionary.Choices));
                scales.Add(withId);
            }
            if (field.Branching.Length > 0)
            {
                draft.Note(field.At(RedcapDictionary.BranchingLogic), "branching logic not imported: the item is always shown");
            }
            var path = $"$.items[{items.Count}]";
            draft.From(path, field.At());
            draft.From($"{path}.id", field.At(RedcapDictionary.FieldName));
            draft.From($"{path}.text", field.At(RedcapDictionary.FieldLabel));
            draft.From($"{path}.required", field.At(RedcapDictionary.RequiredField));
            var item = new JsonObject { ["id"] = field.Name };
            if (field.Label.Length > 0)
            {
                item["text"] = DefinitionDraft.Text(language, field.Label);
            }
            item["scale"] = scaleId;
            if (!field.Required)
            {
                item["required"] = false;
            }
            items.Add(item);
        }
        if (items.Count == 0 && draft.Problems.Count == 0)
        {
            draft.Problem($"column '{RedcapDictionary.FieldType}'", $"form '{form}' has no radio, dropdown, slider or numeric text field to import");
        }
        ImportDefaults.Scoring(root, language, draft, "the dictionary");
        return draft.Finish(form);
    }

    /// <summary>"alliance_form_2" → "Alliance form 2", REDCap's own way of showing a form name.</summary>
    private static string Humanize(string form)
    {
        var words = form.Replace('_', ' ').Trim();
        return words.Length == 0 ? form : char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
    }
}
