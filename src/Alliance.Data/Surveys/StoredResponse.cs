using Alliance.Data.Responses;

namespace Alliance.Data.Surveys;

/// <summary>The response already stored for an invitation: its id, the Idempotency-Key it came with, its scores (JSON).</summary>
public sealed record StoredResponse(Guid ResponseId, string IdempotencyKey, string? Scores)
{
    /// <summary>Stored scores (jsonb object of score id → number or null); empty when not scored.</summary>
    public static Dictionary<string, double?> ScoresOf(string? scores) => ResponseScores.Parse(scores).ToDictionary();
}
