using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using SkiaSharp;

namespace Alliance.Plots.Rendering;

/// <summary>
/// Turns Skia's SVG output into the document the pages and reports use: size in points with a matching viewBox,
/// <c>role="img"</c> with <c>&lt;title&gt;</c> and <c>&lt;desc&gt;</c> referenced by <c>aria-labelledby</c>, every id
/// renamed to <c>{figure id}-{n}</c> in document order (unique when several figures share a page, and the same on every
/// run), text trimmed, and a sans-serif fallback list in <c>font-family</c>. Presentation attributes only, no
/// <c>style</c> (the pages' CSP).
/// </summary>
internal static class SvgDocument
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string Write(Figure figure, bool standalone)
    {
        var (svg, layout) = Render(figure);
        var doc = XDocument.Parse(svg);
        var root = doc.Root!;
        foreach (var text in root.Descendants(Svg + "text"))
        {
            text.Value = text.Value.Trim();
        }

        foreach (var attribute in root.Descendants().Select(e => e.Attribute("font-family")).OfType<XAttribute>())
        {
            attribute.Value = PlotStyle.SvgFontFamily;
        }

        if (layout.Tooltips.Count > 0)
        {
            // Invisible hover targets: a transparent dot over each point, its <title> the point's text.
            root.Add(new XElement(Svg + "g", new XAttribute("fill", "#000000"), new XAttribute("fill-opacity", "0"),
                layout.Tooltips.Select(t => new XElement(Svg + "circle",
                    new XAttribute("cx", Number(t.At.X)), new XAttribute("cy", Number(t.At.Y)), new XAttribute("r", "4"),
                    new XElement(Svg + "title", t.Text)))));
        }

        RenameIds(root, "fig");
        var id = figure.Id ?? "fig-" + Hash(root.ToString(SaveOptions.DisableFormatting));
        RenameIds(root, id);
        root.SetAttributeValue("width", Number(figure.Width) + "pt");
        root.SetAttributeValue("height", Number(figure.Height) + "pt");
        root.SetAttributeValue("viewBox", "0 0 " + Number(figure.Width) + " " + Number(figure.Height));
        root.SetAttributeValue("version", "1.1");
        root.SetAttributeValue("role", "img");
        root.SetAttributeValue("aria-labelledby", id + "-title " + id + "-desc");
        root.Attributes().Where(a => a.IsNamespaceDeclaration && a.Name.LocalName == "xlink" && !doc.ToString().Contains("xlink:", StringComparison.Ordinal)).Remove();
        var title = figure.Title ?? figure.Description ?? ChartWording.Get("chart.figure");
        root.AddFirst(
            new XElement(Svg + "title", new XAttribute("id", id + "-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", id + "-desc"), figure.Description ?? title));
        var body = root.ToString();
        return standalone ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + body + "\n" : body;
    }

    private static (string Svg, FigureLayout Layout) Render(Figure figure)
    {
        using var stream = new MemoryStream();
        FigureLayout layout;
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, (float)figure.Width, (float)figure.Height), stream))
        {
            layout = figure.Draw(canvas);
        }

        return (Encoding.UTF8.GetString(stream.ToArray()), layout);
    }

    /// <summary>Skia numbers clip paths from a process-wide counter; renumber them so output depends on the figure only.</summary>
    private static void RenameIds(XElement root, string prefix)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in root.DescendantsAndSelf().Where(e => e.Attribute("id") is not null))
        {
            var renamed = prefix + "-" + (map.Count + 1).ToString(CultureInfo.InvariantCulture);
            map[(string)element.Attribute("id")!] = renamed;
            element.SetAttributeValue("id", renamed);
        }

        foreach (var attribute in root.DescendantsAndSelf().SelectMany(e => e.Attributes()))
        {
            var value = attribute.Value;
            if (value.StartsWith("url(#", StringComparison.Ordinal) && map.TryGetValue(value[5..^1], out var target))
            {
                attribute.Value = "url(#" + target + ")";
            }
            else if (attribute.Name.LocalName == "href" && value.StartsWith('#') && map.TryGetValue(value[1..], out var linked))
            {
                attribute.Value = "#" + linked;
            }
        }
    }

    private static string Hash(string content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..10];

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
