using System.Text.Json;

namespace Alliance.Data.Lifecycle;

/// <summary>The setting's spelling in <c>studies.settings</c>.</summary>
public static class ErasureModes
{
    /// <summary>The key in the study's settings object.</summary>
    public const string SettingKey = "erasure";

    /// <summary>The lower-case name of <paramref name="mode"/> (<c>anonymise</c>, <c>delete</c>).</summary>
    public static string Name(this ErasureMode mode) => mode == ErasureMode.Delete ? "delete" : "anonymise";

    /// <summary>The mode a study's settings (a JSON object) ask for: <c>delete</c> when they say so, else anonymise.</summary>
    public static ErasureMode Of(string settings)
    {
        using var json = JsonDocument.Parse(string.IsNullOrWhiteSpace(settings) ? "{}" : settings);
        return json.RootElement.ValueKind == JsonValueKind.Object
            && json.RootElement.TryGetProperty(SettingKey, out var value)
            && value.ValueKind == JsonValueKind.String && value.GetString() == "delete"
            ? ErasureMode.Delete : ErasureMode.Anonymise;
    }
}
