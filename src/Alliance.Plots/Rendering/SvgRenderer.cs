using System.Globalization;
using System.Text;

namespace Alliance.Plots.Rendering;

/// <summary>
/// Lays a <see cref="Figure"/> out (title, legend, grid of panels) and writes SVG 1.1. All
/// lengths are points; the root element carries width/height in <c>pt</c> and a matching viewBox.
/// </summary>
public static class SvgRenderer
{
    /// <summary>Font stack: metric-compatible Helvetica clones first, so layout estimates hold and PDFs embed cleanly.</summary>
    public const string FontFamily = "Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

    private const string IdToken = "\u0001id\u0001";
    private const double Outer = 4;

    /// <summary>
    /// The figure as SVG. With <paramref name="standalone"/> (default) the text starts with an XML
    /// declaration, for a <c>.svg</c> file; without it, it can be inlined into HTML.
    /// </summary>
    public static string Render(Figure figure, bool standalone = true)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var body = new SvgWriter();
        var fontSize = figure.FontSize;
        var top = Outer;
        if (figure.Title is not null)
        {
            // Bold runs wider than the regular metrics (DejaVu Sans Bold by about 20 %).
            foreach (var line in TextFit.Wrap(figure.Title, (figure.Width - (2 * Outer)) / 1.2, fontSize + 1))
            {
                top += fontSize + 2;
                body.Text(Outer, top, line, fontSize + 1, weight: "bold");
            }

            top += 3;
        }

        var legend = LegendRenderer.Collect(figure);
        if (legend.Count > 0)
        {
            LegendRenderer.Render(body, legend, Outer, top, figure.Width - (2 * Outer), fontSize);
            top += LegendRenderer.Height(legend, figure.Width - (2 * Outer), fontSize - 0.5) + 2;
        }

        RenderPanels(figure, body, top);

        var content = body.ToString();
        var id = figure.Id ?? "fig-" + Fnv1a(content).ToString("x8", CultureInfo.InvariantCulture);
        return Document(figure, content.Replace(IdToken, SvgWriter.Escape(id), StringComparison.Ordinal), id, standalone);
    }

    private static void RenderPanels(Figure figure, SvgWriter body, double top)
    {
        var panels = figure.Panels;
        if (panels.Count == 0)
        {
            var message = "No panels to draw";
            body.Text(figure.Width / 2, (top + figure.Height) / 2, message, figure.FontSize, "middle", fill: "#555555");
            return;
        }

        var columns = Math.Clamp(figure.Columns, 1, panels.Count);
        var rows = (panels.Count + columns - 1) / columns;
        var cellWidth = (figure.Width - (2 * Outer)) / columns;
        var cellHeight = (figure.Height - top - Outer) / rows;
        var extents = panels.Select(Measure).ToArray();
        var shared = new DataExtent();
        foreach (var e in extents)
        {
            shared.Include(e);
        }

        for (var p = 0; p < panels.Count; p++)
        {
            var extent = extents[p];
            if (figure.ShareX || figure.ShareY)
            {
                extent = Combine(extents[p], shared, figure.ShareX, figure.ShareY);
            }

            var cellLeft = Outer + (p % columns * cellWidth);
            var cellTop = top + (p / columns * cellHeight);
            // Shared scales need their axis title once: y on the first column, x on the bottom row.
            var showX = !figure.ShareX || p / columns == rows - 1 || p + columns >= panels.Count;
            var showY = !figure.ShareY || p % columns == 0;
            var cell = new PanelRenderer(panels[p], extent, figure.FontSize, p, showX, showY);
            cell.Render(body, cellLeft, cellTop, cellWidth, cellHeight, IdToken);
        }
    }

    private static DataExtent Measure(Panel panel)
    {
        var extent = new DataExtent();
        foreach (var layer in panel.Layers)
        {
            layer.Measure(extent);
        }

        return extent;
    }

    private static DataExtent Combine(DataExtent own, DataExtent shared, bool shareX, bool shareY)
    {
        var result = new DataExtent { Categories = shareX ? shared.Categories : own.Categories, ZeroBaseline = own.ZeroBaseline };
        var (xs, ys) = (shareX ? shared : own, shareY ? shared : own);
        if (xs.HasX)
        {
            result.IncludeX(xs.XMin);
            result.IncludeX(xs.XMax);
        }

        if (ys.HasY)
        {
            result.IncludeY(ys.YMin);
            result.IncludeY(ys.YMax);
        }

        return result;
    }

    private static string Document(Figure figure, string content, string id, bool standalone)
    {
        var title = figure.Title ?? "Chart";
        var description = figure.Description
            ?? title + ". " + string.Join("; ", figure.Panels.Select((p, i) => p.Title ?? "Panel " + (i + 1).ToString(CultureInfo.InvariantCulture))) + ".";
        var (w, h) = (SvgWriter.Number(figure.Width), SvgWriter.Number(figure.Height));
        var escapedId = SvgWriter.Escape(id);
        var svg = new StringBuilder();
        if (standalone)
        {
            svg.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        }

        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").Append(w).Append("pt\" height=\"").Append(h)
            .Append("pt\" viewBox=\"0 0 ").Append(w).Append(' ').Append(h).Append("\" role=\"img\" aria-labelledby=\"")
            .Append(escapedId).Append("-title ").Append(escapedId).Append("-desc\" font-family=\"").Append(FontFamily).Append("\">\n")
            .Append("<title id=\"").Append(escapedId).Append("-title\">").Append(SvgWriter.Escape(title)).Append("</title>\n")
            .Append("<desc id=\"").Append(escapedId).Append("-desc\">").Append(SvgWriter.Escape(description)).Append("</desc>\n")
            .Append("<rect width=\"").Append(w).Append("\" height=\"").Append(h).Append("\" fill=\"#FFFFFF\"/>\n")
            .Append(content)
            .Append("</svg>\n");
        return svg.ToString();
    }

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
