namespace Alliance.Plots.Charts;

/// <summary>
/// Size and text of an alliance chart. Width defaults to one journal column; <see cref="Id"/>
/// should be distinct per figure when several are inlined into one HTML page.
/// </summary>
public sealed record ChartOptions
{
    /// <summary>Width in points.</summary>
    public double Width { get; init; } = FigureSize.SingleColumn;

    /// <summary>Height in points.</summary>
    public double Height { get; init; } = FigureSize.DefaultHeight;

    /// <summary>Figure title (also the SVG <c>&lt;title&gt;</c>).</summary>
    public string? Title { get; init; }

    /// <summary>Screen-reader description; a default summarising the data is generated when null.</summary>
    public string? Description { get; init; }

    /// <summary>Id prefix for elements in the SVG; default derived from the content.</summary>
    public string? Id { get; init; }

    internal Figure NewFigure(string defaultDescription)
    {
        return new Figure(Width, Height) { Title = Title, Description = Description ?? defaultDescription, Id = Id };
    }
}
