using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Web.Pages.Studies.Access;

/// <summary>
/// A page result that streams CSV as a file download (<c>Content-Disposition: attachment</c>, <c>no-store</c>):
/// <paramref name="write"/> writes UTF-8 text as it goes, asynchronously, so nothing is held in memory.
/// </summary>
public sealed class CsvDownload(string fileName, Func<TextWriter, CancellationToken, Task> write) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        await write(writer, context.HttpContext.RequestAborted);
        await writer.FlushAsync(context.HttpContext.RequestAborted);
    }
}
