using Alliance.Plots.Layers;

namespace Alliance.Plots;

/// <summary>
/// One plotting area with its own axes and layers, drawn in the order added (later on top).
/// A figure with several panels is a set of small multiples.
/// </summary>
public sealed class Panel
{
    /// <summary>Panel title (the facet label in small multiples).</summary>
    public string? Title { get; set; }

    /// <summary>The horizontal axis.</summary>
    public Axis X { get; } = new();

    /// <summary>The vertical axis.</summary>
    public Axis Y { get; } = new();

    /// <summary>Layers in drawing order.</summary>
    public IList<Layer> Layers { get; } = [];

    /// <summary>Text shown in the plotting area when no layer has a finite value to draw.</summary>
    public string EmptyMessage { get; set; } = "No data to plot";

    /// <summary>Adds a layer and returns the panel, for fluent construction.</summary>
    public Panel Add(Layer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        Layers.Add(layer);
        return this;
    }
}
