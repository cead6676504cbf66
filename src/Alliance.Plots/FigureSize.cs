namespace Alliance.Plots;

/// <summary>
/// Figure widths in PostScript points (1 pt = 1/72 in), the unit journals specify. All figure
/// coordinates are in points, and the SVG's width/height carry the <c>pt</c> unit.
/// </summary>
public static class FigureSize
{
    /// <summary>Single journal column: 3.5 in = 252 pt.</summary>
    public const double SingleColumn = 252;

    /// <summary>Full page width over two columns: 7.2 in = 518.4 pt, rounded to 518 pt.</summary>
    public const double DoubleColumn = 518;

    /// <summary>A default height for a single panel in a single column (golden-ratio-ish, 2.6 in).</summary>
    public const double DefaultHeight = 187;
}
