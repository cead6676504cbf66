using Alliance.Plots.Layers;

namespace Alliance.Plots.Rendering;

/// <summary>
/// One legend for the whole figure, in rows under the title: entries with the same label, colour
/// and symbol (e.g. "Client" in every facet) appear once.
/// </summary>
internal static class LegendRenderer
{
    private const double SymbolWidth = 14;

    public static IReadOnlyList<LegendEntry> Collect(Figure figure) =>
        figure.Panels.SelectMany(p => p.Layers).SelectMany(l => l.LegendEntries()).Distinct().ToArray();

    /// <summary>Height the legend needs at this width.</summary>
    public static double Height(IReadOnlyList<LegendEntry> entries, double width, double fontSize) =>
        entries.Count == 0 ? 0 : Rows(entries, width, fontSize).Count * (fontSize + 4);

    public static void Render(SvgWriter w, IReadOnlyList<LegendEntry> entries, double left, double top, double width, double fontSize)
    {
        var size = fontSize - 0.5;
        var y = top;
        foreach (var row in Rows(entries, width, size))
        {
            var x = left;
            var mid = y + ((fontSize + 4) / 2);
            foreach (var entry in row)
            {
                DrawSymbol(w, entry, x, mid);
                w.Text(x + SymbolWidth + 3, mid + (size * 0.35), entry.Label, size);
                x += EntryWidth(entry, size);
            }

            y += fontSize + 4;
        }
    }

    private static double EntryWidth(LegendEntry entry, double size) => SymbolWidth + 3 + TextMetrics.Width(entry.Label, size) + 12;

    private static List<List<LegendEntry>> Rows(IReadOnlyList<LegendEntry> entries, double width, double size)
    {
        var rows = new List<List<LegendEntry>> { new() };
        double used = 0;
        foreach (var entry in entries)
        {
            var w = EntryWidth(entry, size);
            if (used + w > width && rows[^1].Count > 0)
            {
                rows.Add([]);
                used = 0;
            }

            rows[^1].Add(entry);
            used += w;
        }

        return rows;
    }

    private static void DrawSymbol(SvgWriter w, LegendEntry entry, double x, double mid)
    {
        switch (entry.Symbol)
        {
            case LegendSymbol.Box:
                w.Rect(x + 2, mid - 4, SymbolWidth - 4, 8, entry.Color, null, entry.Opacity);
                break;
            case LegendSymbol.Marker:
                w.Circle(x + (SymbolWidth / 2), mid, 2.4, entry.Color, "#FFFFFF", 0.8);
                break;
            case LegendSymbol.TriangleDown or LegendSymbol.TriangleUp:
                w.Path(EventMarkers.Triangle(x + (SymbolWidth / 2), mid, entry.Symbol == LegendSymbol.TriangleDown), "#FFFFFF", 0.4, entry.Color);
                break;
            default:
                w.Line(x, mid, x + SymbolWidth, mid, entry.Color, 1.4, entry.Symbol == LegendSymbol.DashedLine ? "3 2" : null);
                if (entry.Symbol == LegendSymbol.LineWithMarker)
                {
                    w.Circle(x + (SymbolWidth / 2), mid, 2, entry.Color, "#FFFFFF");
                }

                break;
        }
    }
}
