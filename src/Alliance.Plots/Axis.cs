namespace Alliance.Plots;

/// <summary>
/// One axis of a panel. By default the range comes from the data through
/// <see cref="NiceTicks.Loose"/>; <see cref="Min"/>/<see cref="Max"/> fix either end instead
/// (data outside are clipped). With <see cref="Categories"/> the axis is categorical: category
/// <c>i</c> sits at position <c>i + 1</c>.
/// </summary>
public sealed class Axis
{
    /// <summary>Axis title, e.g. "Session" or "Alliance (SRS total)".</summary>
    public string? Label { get; set; }

    /// <summary>Fixed lower end; <c>null</c> = from the data.</summary>
    public double? Min { get; set; }

    /// <summary>Fixed upper end; <c>null</c> = from the data.</summary>
    public double? Max { get; set; }

    /// <summary>Extend the data range to include zero (bar charts, counts).</summary>
    public bool IncludeZero { get; set; }

    /// <summary>Category names for a categorical axis; set automatically by box, violin and categorical bar layers.</summary>
    public IReadOnlyList<string>? Categories { get; set; }

    /// <summary>
    /// Desired number of ticks (the result may differ by one or two); <c>null</c> = from the axis
    /// length. Set the same value on both axes of a square plot to get matching steps.
    /// </summary>
    public int? TickCount { get; set; }

    /// <summary>Only integer ticks (sessions, weeks, counts).</summary>
    public bool IntegerTicks { get; set; }
}
