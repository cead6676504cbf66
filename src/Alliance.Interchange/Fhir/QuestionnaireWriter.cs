using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;

namespace Alliance.Interchange.Fhir;

/// <summary>
/// Definition JSON → FHIR R4 Questionnaire. Everything FHIR has an element for goes there (identifier, version, title,
/// description, copyright, citation (cqf-citation), items with their text, answer options, slider and range extensions, translations);
/// the rest in <see cref="AllianceFhir"/> extensions that mirror the definition's fields exactly, so reading the
/// Questionnaire back gives the same content hash. Works from the JSON (not the loaded model) because the hash depends
/// on which optional fields the file spelled out.
/// </summary>
internal static partial class QuestionnaireWriter
{
    public static Questionnaire Write(JsonElement d)
    {
        var languages = d.GetProperty("languages").EnumerateArray().Select(e => e.GetString()!).ToList();
        var id = d.GetProperty("id").GetString()!;
        var q = new Questionnaire
        {
            Id = FhirId().IsMatch(id) ? id : null,
            Url = AllianceFhir.QuestionnaireUrlBase + id,
            Version = d.GetProperty("version").GetString(),
            Status = PublicationStatus.Active,
            Language = languages[0],
            TitleElement = FhirText.Write(d.GetProperty("title"), languages, t => new FhirString(t)),
            DescriptionElement = FhirText.Write(d.GetProperty("description"), languages, t => new Markdown(t)),
            Copyright = d.GetProperty("licence").GetString(),
        };
        q.Identifier.Add(new Identifier(AllianceFhir.InstrumentSystem, id));
        q.Extension.Add(new Extension(AllianceFhir.Citation, new FhirString(d.GetProperty("citation").GetString())));
        q.Extension.AddRange(languages.Select(l => new Extension(AllianceFhir.Languages, new Code(l))));
        AddText(q, d, "participant_title", AllianceFhir.ParticipantTitle, languages);
        AddText(q, d, "instruction", AllianceFhir.Instruction, languages);
        q.Extension.AddRange(d.GetProperty("raters").EnumerateArray().Select(r => new Extension(AllianceFhir.Rater, new Code(r.GetString()))));
        AddString(q, d, "construct", AllianceFhir.Construct);
        AddString(q, d, "parallel_form", AllianceFhir.ParallelForm);
        q.Extension.Add(new Extension(AllianceFhir.Validated, new FhirBoolean(d.GetProperty("validated").GetBoolean())));
        AddString(q, d, "item_text_file", AllianceFhir.ItemTextFile);
        var scales = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var scale in d.GetProperty("scales").EnumerateArray())
        {
            scales[scale.GetProperty("id").GetString()!] = scale;
            q.Extension.Add(ScoringExtensions.Scale(scale, languages));
        }
        foreach (var item in d.GetProperty("items").EnumerateArray())
        {
            q.Item.Add(Item(item, scales[item.GetProperty("scale").GetString()!], languages));
        }
        ScoringExtensions.AddScoring(q, d, languages);
        return q;
    }

    private static Questionnaire.ItemComponent Item(JsonElement item, JsonElement scale, IReadOnlyList<string> languages)
    {
        var component = new Questionnaire.ItemComponent
        {
            LinkId = item.GetProperty("id").GetString(),
            Required = !item.TryGetProperty("required", out var required) || required.GetBoolean(),
        };
        if (item.TryGetProperty("text", out var text))
        {
            component.TextElement = FhirText.Write(text, languages, t => new FhirString(t));
        }
        component.Extension.Add(new Extension(AllianceFhir.ItemScale, new FhirString(scale.GetProperty("id").GetString())));
        var (min, max) = (scale.GetProperty("min").GetDecimal(), scale.GetProperty("max").GetDecimal());
        var step = scale.TryGetProperty("step", out var s) ? s.GetDecimal() : 1m;
        var kind = scale.GetProperty("type").GetString();
        if (kind == "likert")
        {
            component.Type = Questionnaire.QuestionnaireItemType.Choice;
            var labels = scale.GetProperty("anchors").EnumerateArray().ToDictionary(a => a.GetProperty("value").GetDecimal(), a => a.GetProperty("label"));
            for (var v = min; v <= max; v += 1)
            {
                var coding = new Coding { Code = v.ToString(CultureInfo.InvariantCulture) };
                if (labels.TryGetValue(v, out var label))
                {
                    coding.DisplayElement = FhirText.Write(label, languages, t => new FhirString(t));
                }
                coding.Extension.Add(new Extension(AllianceFhir.OrdinalValue, new FhirDecimal(v)));
                component.AnswerOption.Add(new Questionnaire.AnswerOptionComponent { Value = coding });
            }
            return component;
        }
        var whole = decimal.IsInteger(min) && decimal.IsInteger(max) && decimal.IsInteger(step);
        component.Type = whole ? Questionnaire.QuestionnaireItemType.Integer : Questionnaire.QuestionnaireItemType.Decimal;
        component.Extension.Add(new Extension(AllianceFhir.MinValue, whole ? new Integer((int)min) : new FhirDecimal(min)));
        component.Extension.Add(new Extension(AllianceFhir.MaxValue, whole ? new Integer((int)max) : new FhirDecimal(max)));
        if (!whole)
        {
            component.Extension.Add(new Extension(AllianceFhir.MaxDecimalPlaces, new Integer(DecimalPlaces(step))));
        }
        if (kind == "visual_analogue")
        {
            component.Extension.Add(new Extension(AllianceFhir.ItemControl, new CodeableConcept(AllianceFhir.ItemControlSystem, "slider")));
            if (decimal.IsInteger(step))
            {
                component.Extension.Add(new Extension(AllianceFhir.SliderStep, new Integer((int)step)));
            }
        }
        return component;
    }

    private static int DecimalPlaces(decimal value)
    {
        var places = 0;
        while (!decimal.IsInteger(value) && places < 28)
        {
            value *= 10;
            places++;
        }
        return places;
    }

    private static void AddText(Questionnaire q, JsonElement d, string field, string url, IReadOnlyList<string> languages)
    {
        if (d.TryGetProperty(field, out var text))
        {
            q.Extension.Add(new Extension(url, FhirText.Write(text, languages, t => new FhirString(t))));
        }
    }

    private static void AddString(Questionnaire q, JsonElement d, string field, string url)
    {
        if (d.TryGetProperty(field, out var value))
        {
            q.Extension.Add(new Extension(url, new FhirString(value.GetString())));
        }
    }

    // FHIR's id type: [A-Za-z0-9\-\.]{1,64}; an instrument id with an underscore is carried in the identifier only.
    [GeneratedRegex(@"^[A-Za-z0-9\-\.]{1,64}$")]
    private static partial Regex FhirId();
}
