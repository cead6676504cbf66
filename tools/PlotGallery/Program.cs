using System.Diagnostics;
using System.Globalization;
using PlotGallery;

// Writes every gallery figure as .svg plus a small HTML page; with --screenshots also renders
// each page with headless Chromium at 2x into a .png.
//   dotnet run --project tools/PlotGallery -- OUTPUT_DIR [--screenshots]
var output = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "gallery";
var screenshots = args.Contains("--screenshots");
Directory.CreateDirectory(output);
foreach (var (name, figure) in Gallery.All())
{
    var svgPath = Path.Combine(output, name + ".svg");
    File.WriteAllText(svgPath, figure.ToSvg());
    var htmlPath = Path.GetFullPath(Path.Combine(output, name + ".html"));
    File.WriteAllText(htmlPath, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + name
        + "</title><style>html,body{margin:0;background:#fff}svg{display:block}</style></head><body>"
        + figure.ToInlineSvg() + "</body></html>");
    Console.WriteLine(svgPath);
    if (screenshots)
    {
        // 1 pt = 4/3 CSS px; the window is the figure's size so the PNG has no margins.
        var width = (int)Math.Ceiling(figure.Width * 4 / 3);
        var height = (int)Math.Ceiling(figure.Height * 4 / 3);
        var profile = Directory.CreateTempSubdirectory("plotgallery-");
        var start = new ProcessStartInfo("chromium")
        {
            ArgumentList =
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + profile.FullName, "--force-device-scale-factor=2",
                "--screenshot=" + Path.GetFullPath(Path.Combine(output, name + ".png")),
                string.Create(CultureInfo.InvariantCulture, $"--window-size={width},{height}"),
                "file://" + htmlPath,
            },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var chromium = Process.Start(start) ?? throw new InvalidOperationException("Could not start chromium.");
        chromium.WaitForExit();
        profile.Delete(recursive: true);
    }
}
