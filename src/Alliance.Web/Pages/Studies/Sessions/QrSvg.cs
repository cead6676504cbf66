using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using QRCoder;

namespace Alliance.Web.Pages.Studies.Sessions;

/// <summary>
/// A QR code (error correction level M, quiet zone of 4 modules included) as inline SVG: one <c>&lt;path&gt;</c> of
/// dark modules, one unit per module, runs of a row merged into one rectangle. No style attributes (the CSP forbids
/// inline style); the page's CSS sizes it and gives it a white background.
/// </summary>
public static class QrSvg
{
    /// <summary>QRCoder's module matrix for <paramref name="text"/>: rows of booleans, true = dark.</summary>
    public static bool[][] Modules(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return [.. data.ModuleMatrix.Select(row => Enumerable.Range(0, row.Length).Select(i => row[i]).ToArray())];
    }

    /// <summary>The SVG element for <paramref name="text"/>, announced to screen readers as <paramref name="label"/>.</summary>
    public static string Render(string text, string label)
    {
        var modules = Modules(text);
        var size = modules.Length;
        var path = new StringBuilder(size * size);
        for (var y = 0; y < size; y++)
        {
            var row = modules[y];
            for (var x = 0; x < row.Length; x++)
            {
                if (!row[x])
                {
                    continue;
                }
                var run = 1;
                while (x + run < row.Length && row[x + run])
                {
                    run++;
                }
                path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h{run}v1h-{run}z");
                x += run - 1;
            }
        }
        var n = size.ToString(CultureInfo.InvariantCulture);
        return $"""<svg xmlns="http://www.w3.org/2000/svg" class="qr" viewBox="0 0 {n} {n}" role="img" aria-label="{HtmlEncoder.Default.Encode(label)}" shape-rendering="crispEdges"><path d="{path}"/></svg>""";
    }
}
