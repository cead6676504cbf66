using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alliance.Web.Surveys;

/// <summary>
/// Reads a JSON request body by hand, so that every malformed, oversized or mistyped body gets a problem+json 4xx
/// (the framework's binder would answer some of these with an empty 400).
/// </summary>
internal static class RequestBody
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    public static async Task<(JsonElement Body, ProblemHttpResult? Problem)> ReadJsonAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            return (default, Problems.Status(StatusCodes.Status415UnsupportedMediaType, "JSON expected",
                "Send the body as application/json."));
        }
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, Options, ct);
            if (!IsText(document.RootElement))
            {
                return (default, Problems.Status(StatusCodes.Status400BadRequest, "Malformed JSON",
                    "The body holds a string or name that is not Unicode text (a lone surrogate such as \\ud800)."));
            }
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException ex)
        {
            return (default, Problems.Status(StatusCodes.Status400BadRequest, "Malformed JSON",
                $"The body is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1})."));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (default, Problems.Status(StatusCodes.Status413PayloadTooLarge, "Body too large",
                "The request body is larger than any survey answer set can be."));
        }
    }

    /// <summary>
    /// Whether every name and string in <paramref name="element"/> is Unicode text. JSON lets an escape name half a
    /// surrogate pair (<c>"\ud800"</c>), which the parser accepts but no string can hold: reading it throws, so
    /// such a body once failed with a 500 wherever a name was read, even for an unknown link (issue #15).
    /// </summary>
    private static bool IsText(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().All(p => Reads(() => p.Name) && IsText(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().All(IsText),
        JsonValueKind.String => Reads(element.GetString),
        _ => true,
    };

    private static bool Reads(Func<string?> read)
    {
        try
        {
            read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
