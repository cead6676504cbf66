using System.Text;
using Alliance.Plots;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>A dashboard chart as a download: standalone SVG, or PNG at 300 dpi (pHYs set), named after what it shows.</summary>
internal static class ChartFile
{
    public static FileContentResult Of(Figure figure, string format, string name)
    {
        // Codes and construct ids may hold any character the set-up allows; keep the file name portable.
        var safe = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
        return format == "svg"
            ? new FileContentResult(Encoding.UTF8.GetBytes(figure.ToSvg()), "image/svg+xml") { FileDownloadName = safe + ".svg" }
            : new FileContentResult(figure.ToPng(), "image/png") { FileDownloadName = safe + ".png" };
    }
}
