using ScottPlot;

namespace Alliance.Plots.Rendering;

/// <summary>
/// Where a render put things, in points from the top-left corner: each panel's data area and the boxes of the margin
/// labels, and where each point tooltip sits. Tests use it to check that labels overlap neither each other nor the data;
/// the SVG writer puts an invisible hover target with a <c>&lt;title&gt;</c> at each tooltip.
/// </summary>
internal sealed record FigureLayout(IReadOnlyList<PixelRect> DataAreas, IReadOnlyList<PixelRect> LabelBoxes, IReadOnlyList<(Pixel At, string Text)> Tooltips);
