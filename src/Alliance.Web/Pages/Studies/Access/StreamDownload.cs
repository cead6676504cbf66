using Alliance.Data.Export;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Web.Pages.Studies.Access;

/// <summary>
/// A page result that streams an export bundle (<see cref="ExportBundle"/>) as a zip download
/// (<c>Content-Disposition: attachment</c>): <paramref name="write"/> writes the zip onto the response as it goes.
/// </summary>
public sealed class BundleDownload(string fileName, Func<Stream, CancellationToken, Task> write) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.ContentType = ExportBundle.ContentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await write(response.Body, context.HttpContext.RequestAborted);
    }
}
