using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Alliance.Data.Instruments;

/// <summary>Version numbers and JSON layout of the study instruments' definitions.</summary>
public static class StudyInstrumentVersions
{
    /// <summary>How the platform writes a definition: indented, non-ASCII wording as is (a German umlaut stays readable).</summary>
    public static JsonSerializerOptions Indented { get; } = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The next minor version after <paramref name="version"/> that is not in <paramref name="taken"/>: 1.2.0 → 1.3.0
    /// (a pre-release or build suffix is dropped); a version that is not major.minor.patch gets 1.0.0 onwards.
    /// </summary>
    public static string Next(string version, IEnumerable<string> taken)
    {
        ArgumentNullException.ThrowIfNull(version);
        var used = taken.ToHashSet(StringComparer.Ordinal);
        var core = version.Split('-', '+')[0].Split('.');
        var major = core.Length == 3 && int.TryParse(core[0], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 1;
        var minor = core.Length == 3 && int.TryParse(core[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n + 1 : 0;
        string next;
        while (used.Contains(next = string.Create(CultureInfo.InvariantCulture, $"{major}.{minor}.0")))
        {
            minor++;
        }
        return next;
    }
}
