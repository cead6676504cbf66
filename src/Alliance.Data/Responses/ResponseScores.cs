using System.Text.Json.Nodes;
using Alliance.Instruments.Scoring;

namespace Alliance.Data.Responses;

/// <summary>
/// A response's scores (<see cref="Model.Response.Scores"/>): score id — a subscale id or <c>total</c> — → value, null
/// where the score was not scorable. Empty for a response that was not scored.
/// </summary>
public sealed class ResponseScores : ResponseNumbers
{
    private ResponseScores(string? json)
        : base(json)
    {
    }

    /// <summary>No scores.</summary>
    public static ResponseScores None { get; } = new(null);

    /// <summary>Parses stored scores; null or empty text is <see cref="None"/>.</summary>
    /// <exception cref="System.Text.Json.JsonException">The text is not JSON.</exception>
    public static ResponseScores Parse(string? json) => string.IsNullOrEmpty(json) ? None : new ResponseScores(json);

    /// <summary>The JSON to store for a score sheet: every score in the sheet's order, null where not scorable.</summary>
    public static string Json(ScoreSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var scores = new JsonObject();
        foreach (var score in sheet.Scores)
        {
            scores[score.Id] = score.Value is double v && double.IsFinite(v) ? JsonValue.Create(v) : null;
        }
        return scores.ToJsonString();
    }
}
