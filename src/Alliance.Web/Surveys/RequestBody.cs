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
}
