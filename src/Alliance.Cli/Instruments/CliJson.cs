using System.Text.Encodings.Web;
using System.Text.Json;

namespace Alliance.Cli.Instruments;

/// <summary>JSON output settings of the instrument commands: snake_case names as written, readable non-ASCII.</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // printed to a terminal or file, never into HTML
    };
}
