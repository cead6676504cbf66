using Microsoft.AspNetCore.Mvc;

namespace Alliance.Web.Pages.Studies.Access;

/// <summary>
/// A page result that streams a download (<c>Content-Disposition: attachment</c>) of <paramref name="contentType"/>:
/// <paramref name="write"/> writes it onto the response as it goes (the export bundle's zip, the FHIR Bundle).
/// </summary>
public sealed class StreamDownload(string fileName, string contentType, Func<Stream, CancellationToken, Task> write) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.ContentType = contentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await write(response.Body, context.HttpContext.RequestAborted);
    }
}
