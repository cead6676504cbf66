using System.Globalization;
using PlotGallery;

// Writes every gallery figure as .svg and as .png (300 dpi, or --dpi 600) in English, and with --lang de in German.
// The docs gallery is regenerated with:
//   dotnet run --project tools/PlotGallery -- docs/img
var output = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _) && a != "de") ?? "gallery";
var dpiAt = Array.IndexOf(args, "--dpi");
var dpi = dpiAt >= 0 ? int.Parse(args[dpiAt + 1], CultureInfo.InvariantCulture) : 300;
if (Array.IndexOf(args, "--lang") is var langAt and >= 0)
{
    CultureInfo.CurrentUICulture = new CultureInfo(args[langAt + 1]);
}

Directory.CreateDirectory(output);
foreach (var (name, figure) in Gallery.All())
{
    var path = Path.Combine(output, "plots-" + name);
    File.WriteAllText(path + ".svg", figure.ToSvg());
    File.WriteAllBytes(path + ".png", figure.ToPng(dpi));
    Console.WriteLine(path + ".svg/.png");
}
