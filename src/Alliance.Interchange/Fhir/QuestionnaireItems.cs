using System.Globalization;
using System.Text.Json.Nodes;
using Hl7.Fhir.Model;

namespace Alliance.Interchange.Fhir;

/// <summary>
/// The scales and items of a Questionnaire: Alliance's scale extensions where present, else each item's scale derived
/// from its FHIR elements (equal scales shared), located by FHIR path for problems.
/// </summary>
internal sealed class QuestionnaireItems(DefinitionDraft draft, string language, ICollection<string> seen)
{
    private readonly JsonArray _scales = [];
    private readonly JsonArray _items = [];
    private readonly HashSet<string> _declared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _derived = new(StringComparer.Ordinal);

    public void Read(Questionnaire q)
    {
        draft.Root["scales"] = _scales;
        draft.Root["items"] = _items;
        var i = 0;
        foreach (var extension in q.Extension.Where(e => e.Url == AllianceFhir.Scale))
        {
            var scale = ScoringExtensionReader.Scale(extension, language, seen);
            _declared.Add(scale["id"]?.GetValue<string>() ?? "");
            draft.From($"$.scales[{_scales.Count}]", $"Questionnaire.extension(instrument-scale)[{i++}]");
            _scales.Add(scale);
        }
        Walk(q.Item, "Questionnaire");
        if (_items.Count == 0 && draft.Problems.Count == 0)
        {
            draft.Problem("Questionnaire.item", "no choice, integer or decimal item to import");
        }
    }

    private void Walk(List<Questionnaire.ItemComponent> items, string parent)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var at = $"{parent}.item[{i}] (linkId '{item.LinkId}')";
            switch (item.Type)
            {
                case Questionnaire.QuestionnaireItemType.Group:
                    Walk(item.Item, $"{parent}.item[{i}]");
                    continue;
                case Questionnaire.QuestionnaireItemType.Display:
                    draft.Note(at, "display item not imported: Alliance items are answered");
                    continue;
            }
            if (item.EnableWhen.Count > 0)
            {
                draft.Note(at, "enableWhen not imported: the item is always shown");
            }
            var scaleId = (item.GetExtension(AllianceFhir.ItemScale)?.Value as FhirString)?.Value;
            if (scaleId is null || !_declared.Contains(scaleId))
            {
                scaleId = Derive(item, at);
                if (scaleId is null)
                {
                    continue;
                }
            }
            var path = $"$.items[{_items.Count}]";
            draft.From(path, at);
            var json = new JsonObject { ["id"] = item.LinkId };
            if (FhirText.Read(item.TextElement, language, seen) is { } text)
            {
                json["text"] = text;
            }
            json["scale"] = scaleId;
            if (item.Required != true)
            {
                json["required"] = false;
            }
            _items.Add(json);
        }
    }

    private string? Derive(Questionnaire.ItemComponent item, string at)
    {
        var scale = item.Type switch
        {
            Questionnaire.QuestionnaireItemType.Choice => Likert(item, at),
            Questionnaire.QuestionnaireItemType.Integer or Questionnaire.QuestionnaireItemType.Decimal => Range(item, at),
            _ => Unsupported(at, $"item type '{item.Type}' has no Alliance scale; choice, integer and decimal items are imported"),
        };
        if (scale is null)
        {
            return null;
        }
        var key = scale.ToJsonString();
        if (!_derived.TryGetValue(key, out var id))
        {
            var n = _derived.Count + 1;
            while (_declared.Contains($"scale{n}"))
            {
                n++;
            }
            id = $"scale{n}";
            _derived[key] = id;
            var withId = new JsonObject { ["id"] = id };
            foreach (var (name, value) in scale)
            {
                withId[name] = value?.DeepClone();
            }
            draft.From($"$.scales[{_scales.Count}]", at);
            _scales.Add(withId);
        }
        return id;
    }

    private JsonObject? Likert(Questionnaire.ItemComponent item, string at)
    {
        if (item.AnswerOption.Count == 0)
        {
            return Unsupported(at, item.AnswerValueSet is null ? "choice item without answerOption" : "answerValueSet is not imported: list the answers as answerOption");
        }
        var anchors = new SortedDictionary<decimal, JsonObject?>();
        for (var i = 0; i < item.AnswerOption.Count; i++)
        {
            var (value, label) = item.AnswerOption[i].Value switch
            {
                Coding c => (c.GetExtension(AllianceFhir.OrdinalValue)?.Value is FhirDecimal d ? d.Value
                    : decimal.TryParse(c.Code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null,
                    FhirText.Read(c.DisplayElement, language, seen) ?? (c.Code is null ? null : DefinitionDraft.Text(language, c.Code))),
                Integer n => ((decimal?)n.Value, DefinitionDraft.Text(language, n.Value?.ToString(CultureInfo.InvariantCulture) ?? "")),
                _ => (null, null),
            };
            if (value is null || !anchors.TryAdd(value.Value, label))
            {
                draft.Problem($"{at}.answerOption[{i}]", value is null
                    ? "needs a whole-number code, an ordinalValue extension or a valueInteger: Alliance scores a Likert answer by its value"
                    : $"duplicate answer value {value}");
            }
        }
        if (anchors.Count < item.AnswerOption.Count)
        {
            return null;
        }
        return new JsonObject
        {
            ["type"] = "likert",
            ["min"] = anchors.Keys.First(),
            ["max"] = anchors.Keys.Last(),
            ["anchors"] = new JsonArray([.. anchors.Where(a => a.Value is not null).Select(a => new JsonObject { ["value"] = a.Key, ["label"] = a.Value })]),
        };
    }

    private JsonObject? Range(Questionnaire.ItemComponent item, string at)
    {
        var min = Number(item.GetExtension(AllianceFhir.MinValue)?.Value);
        var max = Number(item.GetExtension(AllianceFhir.MaxValue)?.Value);
        var slider = item.GetExtension(AllianceFhir.ItemControl)?.Value is CodeableConcept control && control.Coding.Any(c => c.Code == "slider");
        decimal? step = item.GetExtension(AllianceFhir.SliderStep)?.Value is Integer s ? s.Value
            : item.Type == Questionnaire.QuestionnaireItemType.Integer ? 1
            : item.GetExtension(AllianceFhir.MaxDecimalPlaces)?.Value is Integer places ? 1m / (decimal)Math.Pow(10, places.Value ?? 0) : null;
        if (min is null || max is null || step is null)
        {
            return Unsupported(at, min is null || max is null
                ? "an integer or decimal item needs the minValue and maxValue extensions: Alliance scales have a range"
                : "a decimal item needs the maxDecimalPlaces or sliderStepValue extension: Alliance scales have a step");
        }
        var scale = new JsonObject { ["type"] = slider ? "visual_analogue" : "numeric", ["min"] = min, ["max"] = max };
        if (slider || step != 1)
        {
            scale["step"] = step;
        }
        return scale;
    }

    private static decimal? Number(DataType? value) => value switch
    {
        Integer i => i.Value,
        FhirDecimal d => d.Value,
        _ => null,
    };

    private JsonObject? Unsupported(string at, string message)
    {
        draft.Problem(at, message);
        return null;
    }
}
