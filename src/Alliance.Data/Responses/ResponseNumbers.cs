using System.Text.Json;

namespace Alliance.Data.Responses;

/// <summary>
/// A JSON object of id → number or null as a response stores it (<c>responses.answers</c>, <c>responses.scores</c>,
/// <c>drafts.answers</c>), parsed once where it leaves the database. JSON null, anything that is not a finite number
/// and an id that is not there all read as missing (null). A root that is not an object holds nothing.
/// </summary>
public abstract class ResponseNumbers
{
    private readonly Dictionary<string, StoredNumber?> _numbers;

    private protected ResponseNumbers(string? json)
    {
        _numbers = new Dictionary<string, StoredNumber?>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json))
        {
            return;
        }
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var value = property.Value;
            _numbers[property.Name] = value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number)
                ? new StoredNumber(number, value.TryGetDecimal(out var exact) ? exact : null)
                : null;
        }
    }

    /// <summary>The ids in stored order, missing ones included.</summary>
    public IEnumerable<string> Ids => _numbers.Keys;

    /// <summary>The number under <paramref name="id"/> as a double; null when missing.</summary>
    public double? this[string id] => _numbers.GetValueOrDefault(id)?.Value;

    /// <summary>The number under <paramref name="id"/> exactly as stored, for printing; null when missing.</summary>
    public decimal? Exact(string id) => _numbers.GetValueOrDefault(id)?.Exact;

    /// <summary>Every id with its number (null where missing), in stored order.</summary>
    public Dictionary<string, double?> ToDictionary() =>
        _numbers.ToDictionary(n => n.Key, n => n.Value?.Value, StringComparer.Ordinal);
}
