using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Alliance.Instruments.Loading;

/// <summary>
/// Identifies an exact instrument version independent of formatting: SHA-256 over a canonical
/// serialisation of the definition — objects with keys sorted by ordinal comparison, no whitespace,
/// numbers in shortest round-trip form (so <c>5</c> and <c>5.0</c> agree), strings escaped by
/// System.Text.Json's relaxed encoder, the top-level <c>$schema</c> key left out. Written as
/// <c>sha256:</c> + 64 lowercase hex digits. Licensee-supplied item text is not part of the hash:
/// the hash names the scoring definition, which is the same wherever the wording comes from.
/// </summary>
public static class ContentHash
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // only hashed, never served to a browser
    };

    /// <summary>The hash of a parsed definition.</summary>
    public static string Compute(JsonElement definition)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteCanonical(writer, definition, topLevel: true);
        }
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    /// <summary>The hash of definition text; throws <see cref="JsonException"/> when it is not JSON.</summary>
    public static string Compute(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Compute(document.RootElement);
    }

    private static void WriteCanonical(Utf8JsonWriter writer, JsonElement element, bool topLevel)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject()
                             .Where(p => !(topLevel && p.Name == "$schema"))
                             .OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    WriteCanonical(writer, property.Value, topLevel: false);
                }
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var child in element.EnumerateArray())
                {
                    WriteCanonical(writer, child, topLevel: false);
                }
                writer.WriteEndArray();
                break;
            case JsonValueKind.Number:
                writer.WriteNumberValue(element.GetDouble());
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
