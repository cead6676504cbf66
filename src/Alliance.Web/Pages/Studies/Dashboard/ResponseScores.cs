using System.Text.Json;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>Reads <see cref="Alliance.Data.Model.Response.Scores"/>: a JSON object score id → number or null.</summary>
internal static class ResponseScores
{
    /// <summary>All finite scores of a response by id; empty when the response was not scored.</summary>
    public static Dictionary<string, double> Read(string? json)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json))
        {
            return scores;
        }
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return scores;
        }
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetDouble(out var v) && double.IsFinite(v))
            {
                scores[property.Name] = v;
            }
        }
        return scores;
    }
}
