using System.Text.Json;

namespace Alliance.Data.Export;

/// <summary>Reads the answers or scores JSON object of a response into name → number (null for JSON null).</summary>
internal static class ResponseJson
{
    public static Dictionary<string, decimal?> Numbers(string? json)
    {
        var result = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        if (json is null)
        {
            return result;
        }
        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            result[property.Name] = property.Value.ValueKind == JsonValueKind.Number ? property.Value.GetDecimal() : null;
        }
        return result;
    }
}
