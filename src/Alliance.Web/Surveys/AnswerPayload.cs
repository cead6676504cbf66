using System.Text.Json;

namespace Alliance.Web.Surveys;

/// <summary>
/// The body of a draft save or a submission: <c>{"answers": {"itemId": number | null}, "consent": true?}</c>.
/// Parsing reports every shape problem keyed by item id (or <c>answers</c>/<c>consent</c>), so a participant's
/// client can show them all at once; the values are checked against the instrument afterwards.
/// </summary>
internal sealed record AnswerPayload(Dictionary<string, double?> Answers, bool Consent)
{
    /// <summary>More answers than any instrument has items is an attack or a bug, not a survey.</summary>
    private const int MaxAnswers = 500;

    public static AnswerPayload Parse(JsonElement body, Dictionary<string, string[]> errors)
    {
        var answers = new Dictionary<string, double?>(StringComparer.Ordinal);
        var consent = false;
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors["answers"] = ["the body must be a JSON object with an \"answers\" object"];
            return new AnswerPayload(answers, consent);
        }
        if (body.TryGetProperty("consent", out var c))
        {
            if (c.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                consent = c.GetBoolean();
            }
            else
            {
                errors["consent"] = ["consent must be true or false"];
            }
        }
        if (!body.TryGetProperty("answers", out var a) || a.ValueKind != JsonValueKind.Object)
        {
            errors["answers"] = ["\"answers\" must be an object mapping item ids to numbers or null"];
            return new AnswerPayload(answers, consent);
        }
        foreach (var property in a.EnumerateObject())
        {
            if (answers.Count >= MaxAnswers)
            {
                errors["answers"] = [$"more than {MaxAnswers} answers"];
                break;
            }
            if (answers.ContainsKey(property.Name))
            {
                errors[property.Name] = ["answered twice in one body"];
                continue;
            }
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Null:
                    answers[property.Name] = null;
                    break;
                case JsonValueKind.Number when property.Value.TryGetDouble(out var x) && double.IsFinite(x):
                    answers[property.Name] = x;
                    break;
                default:
                    errors[property.Name] = [$"must be a number or null, not {Describe(property.Value.ValueKind)}"];
                    break;
            }
        }
        return new AnswerPayload(answers, consent);
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "a number out of range",
    };
}
