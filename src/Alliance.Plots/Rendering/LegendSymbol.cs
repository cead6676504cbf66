namespace Alliance.Plots.Rendering;

/// <summary>How a layer is drawn in the legend.</summary>
internal enum LegendSymbol
{
    Line,
    DashedLine,
    LineWithMarker,
    Marker,
    Box,
    TriangleDown,
    TriangleUp,
}
