using Alliance.Plots.Rendering;

namespace Alliance.Plots.Layers;

/// <summary>
/// Something drawn in a panel. Non-finite inputs (NaN, ±Infinity, and magnitudes beyond 1e150)
/// are skipped by every layer; a line breaks at a skipped point rather than joining across it.
/// The set of layers is closed: their measuring and drawing is internal to this assembly.
/// </summary>
public abstract class Layer
{
    private protected Layer()
    {
    }

    /// <summary>Legend label; <c>null</c> keeps the layer out of the legend.</summary>
    public string? Name { get; set; }

    /// <summary>Main colour (hex); defaults to Okabe–Ito blue.</summary>
    public string Color { get; set; } = Palette.Blue;

    internal abstract void Measure(DataExtent extent);

    internal abstract void Render(PanelCanvas canvas);

    internal virtual LegendSymbol Symbol => LegendSymbol.Line;

    /// <summary>Fill opacity of the legend swatch, matching how the layer fills its shapes.</summary>
    internal virtual double LegendOpacity => 1;

    /// <summary>Legend entries this layer contributes.</summary>
    internal virtual IEnumerable<LegendEntry> LegendEntries()
    {
        if (Name is not null)
        {
            yield return new LegendEntry(Name, Color, Symbol, LegendOpacity);
        }
    }

    private protected static double At(IReadOnlyList<double>? values, int index) =>
        values is not null && index < values.Count ? values[index] : double.NaN;

    private protected static string? LabelAt(IReadOnlyList<string>? labels, int index) =>
        labels is not null && index < labels.Count ? labels[index] : null;
}
