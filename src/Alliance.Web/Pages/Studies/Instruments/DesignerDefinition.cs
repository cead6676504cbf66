using System.Globalization;
using System.Text.Json.Nodes;
using Alliance.Data.Instruments;
using Alliance.Instruments;

namespace Alliance.Web.Pages.Studies.Instruments;

/// <summary>
/// The designer's form to definition JSON and back. Writing copies what was typed: a number that does not read as one
/// is written as text, and an empty translation is left out, so the loader reports it at its JSON path, which the
/// page shows at the field (<see cref="DesignerFields"/>). Reading takes the instrument the loader built.
/// </summary>
public static class DesignerDefinition
{
    public static string ToJson(DesignerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var root = new JsonObject
        {
            ["id"] = input.Id.Trim(),
            ["version"] = input.Version.Trim(),
            ["languages"] = new JsonArray([.. input.Languages.Select(l => (JsonNode)l)]),
            ["title"] = Text(input.Title),
        };
        Optional(root, "participant_title", input.ParticipantTitle);
        Optional(root, "instruction", input.Instruction);
        root["description"] = Text(input.Description);
        root["raters"] = new JsonArray(input.Rater);
        if (input.Construct.Trim() is { Length: > 0 } construct)
        {
            root["construct"] = construct;
        }
        if (input.ParallelForm.Trim() is { Length: > 0 } partner)
        {
            root["parallel_form"] = partner;
        }
        root["validated"] = input.Validated;
        root["citation"] = input.Citation.Trim();
        root["licence"] = input.Licence.Trim();
        root["scales"] = new JsonArray([.. input.Scales.Select(Scale)]);
        root["items"] = new JsonArray([.. input.Items.Select(i => (JsonNode)Item(i))]);
        if (input.Items.Where(i => i.Reversed).Select(i => (JsonNode)i.Id.Trim()).ToArray() is { Length: > 0 } reversed)
        {
            root["reverse_keyed"] = new JsonArray(reversed);
        }
        if (input.Subscales.Count > 0)
        {
            root["subscales"] = new JsonArray([.. input.Subscales.Select(s => (JsonNode)Score(s, total: false))]);
        }
        if (input.HasTotal)
        {
            root["total"] = Score(input.Total, total: true);
        }
        if (input.Cutoffs.Count > 0)
        {
            root["cutoffs"] = new JsonArray([.. input.Cutoffs.Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Id.Trim(), ["when"] = c.When, ["label"] = Text(c.Label),
            })]);
        }
        return root.ToJsonString(StudyInstrumentVersions.Indented);
    }

    /// <summary>The designer's form for a stored instrument.</summary>
    public static DesignerInput FromInstrument(Instrument instrument, string? licenceNote)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var h = instrument.Header;
        var languages = h.Languages;
        var input = new DesignerInput
        {
            Id = h.Id, Version = h.Version, Languages = [.. languages], Title = Texts(h.Title, languages),
            ParticipantTitle = Texts(h.ParticipantTitle, languages), Instruction = Texts(h.Instruction, languages),
            Description = Texts(h.Description, languages), Rater = h.Raters.Count > 0 ? h.Raters[0].ToString().ToLowerInvariant() : "client",
            Construct = h.Construct ?? "", ParallelForm = h.ParallelForm ?? "", Validated = h.Validated, Citation = h.Citation,
            Licence = h.Licence, LicenceNote = licenceNote ?? "", HasTotal = instrument.Total is not null,
        };
        input.Scales.AddRange(instrument.Scales.Select(s => new DesignerScale
        {
            Id = s.Id, Type = Kind(s.Kind), Min = Number(s.Min), Max = Number(s.Max), Step = s.Step == 1 ? "" : Number(s.Step),
            Anchors = [.. s.Anchors.Select(a => new DesignerAnchor { Value = Number(a.Value), Label = Texts(a.Label, languages) })],
        }));
        input.Items.AddRange(instrument.Items.Select(i => new DesignerItem
        {
            Id = i.Id, Text = Texts(i.Text, languages), Scale = i.Scale.Id, Required = i.Required, Reversed = i.Reversed,
        }));
        input.Subscales.AddRange(instrument.Subscales.Select(s => Score(s, languages, instrument)));
        if (instrument.Total is { } total)
        {
            input.Total = Score(total, languages, instrument);
        }
        input.Cutoffs.AddRange(instrument.Cutoffs.Select(c => new DesignerCutoff
        {
            Id = c.Id, Score = c.ScoreId, Comparison = c.Expression.Split(' ')[1], Threshold = Number(c.Threshold), Label = Texts(c.Label, languages),
        }));
        return input;
    }

    private static DesignerScore Score(Subscale score, IReadOnlyList<string> languages, Instrument instrument) => new()
    {
        Id = score.IsTotal ? "" : score.Id,
        Title = Texts(score.Title, languages),
        Items = score.IsTotal && score.Items.Count == instrument.Items.Count ? "" : string.Join(", ", score.Items.Select(i => i.Id)),
        Scoring = score.Rule.ToString().ToLowerInvariant(),
        MissingRule = score.Missing.MinAnswered is not null ? "min_answered" : "min_fraction",
        MissingValue = score.Missing.MinAnswered is { } n ? Number(n) : Number(score.Missing.MinFraction ?? 1),
    };

    private static JsonNode Scale(DesignerScale s)
    {
        var node = new JsonObject { ["id"] = s.Id.Trim(), ["type"] = s.Type, ["min"] = NumberNode(s.Min), ["max"] = NumberNode(s.Max) };
        if (s.Step.Trim().Length > 0)
        {
            node["step"] = NumberNode(s.Step);
        }
        if (s.Anchors.Count > 0)
        {
            node["anchors"] = new JsonArray([.. s.Anchors.Select(a => (JsonNode)new JsonObject { ["value"] = NumberNode(a.Value), ["label"] = Text(a.Label) })]);
        }
        return node;
    }

    private static JsonObject Item(DesignerItem i)
    {
        var node = new JsonObject { ["id"] = i.Id.Trim(), ["text"] = Text(i.Text), ["scale"] = i.Scale.Trim() };
        if (!i.Required)
        {
            node["required"] = false;
        }
        return node;
    }

    private static JsonObject Score(DesignerScore s, bool total)
    {
        var node = new JsonObject();
        if (!total)
        {
            node["id"] = s.Id.Trim();
        }
        node["title"] = Text(s.Title);
        var items = s.Items.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (!total || items.Length > 0)
        {
            node["items"] = new JsonArray([.. items.Select(i => (JsonNode)i)]);
        }
        node["scoring"] = s.Scoring;
        node["missing"] = new JsonObject { [s.MissingRule] = NumberNode(s.MissingValue) };
        return node;
    }

    private static JsonObject Text(Dictionary<string, string?> texts) =>
        new([.. texts.Where(t => !string.IsNullOrWhiteSpace(t.Value)).Select(t => KeyValuePair.Create(t.Key, (JsonNode?)t.Value!.Trim()))]);

    private static void Optional(JsonObject root, string name, Dictionary<string, string?> texts)
    {
        if (texts.Values.Any(v => !string.IsNullOrWhiteSpace(v)))
        {
            root[name] = Text(texts);
        }
    }

    /// <summary>A typed number as a JSON number (a decimal comma read as a point), else the text as typed.</summary>
    private static JsonValue NumberNode(string typed)
    {
        var text = typed.Trim().Replace(',', '.');
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value == Math.Floor(value) && Math.Abs(value) < 1e15 ? JsonValue.Create((long)value) : JsonValue.Create(value)
            : JsonValue.Create(typed);
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Kind(ScaleKind kind) => kind switch
    {
        ScaleKind.VisualAnalogue => "visual_analogue",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static Dictionary<string, string?> Texts(LocalizedText? text, IReadOnlyList<string> languages) =>
        languages.ToDictionary(l => l, l => text is not null && text.Has(l) ? text.Get(l) : (string?)null, StringComparer.Ordinal);
}
