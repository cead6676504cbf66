using System.Text.Json;
using System.Text.Json.Nodes;

namespace Alliance.Data.Responses;

/// <summary>
/// A response's or draft's answers (<see cref="Model.Response.Answers"/>): item id → value, null for a skipped item.
/// </summary>
public sealed class ResponseAnswers : ResponseNumbers
{
    private ResponseAnswers(string? json)
        : base(json)
    {
    }

    /// <summary>Parses stored answers; null or empty text holds none.</summary>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    public static ResponseAnswers Parse(string? json) => new(json);

    /// <summary>The JSON to store for answers given as exact decimals (import and demo), in the given order.</summary>
    internal static string Json(IReadOnlyDictionary<string, decimal?> answers)
    {
        var node = new JsonObject();
        foreach (var (id, value) in answers)
        {
            node[id] = value is decimal v ? JsonValue.Create(v) : null;
        }
        return node.ToJsonString(JsonSerializerOptions.Default);
    }

    /// <summary>Decimal answers as the scorer takes them (null stays missing).</summary>
    internal static Dictionary<string, double?> ForScoring(IReadOnlyDictionary<string, decimal?> answers) =>
        answers.ToDictionary(a => a.Key, a => a.Value is decimal v ? (double?)(double)v : null, StringComparer.Ordinal);
}
