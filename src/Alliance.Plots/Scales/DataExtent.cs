namespace Alliance.Plots.Scales;

/// <summary>
/// The range of usable data a panel's layers report. A value is usable when it is finite and
/// within ±1e150: beyond that, differences between values overflow to infinity, so such values are
/// skipped exactly like NaN and ±Infinity.
/// </summary>
internal sealed class DataExtent
{
    public const double Limit = 1e150;

    public double XMin { get; private set; } = double.PositiveInfinity;

    public double XMax { get; private set; } = double.NegativeInfinity;

    public double YMin { get; private set; } = double.PositiveInfinity;

    public double YMax { get; private set; } = double.NegativeInfinity;

    public bool HasX => XMin <= XMax;

    public bool HasY => YMin <= YMax;

    /// <summary>Set by layers drawn up from zero (bars, histograms, densities): no padding below a zero baseline.</summary>
    public bool ZeroBaseline { get; set; }

    /// <summary>Categories contributed by categorical layers (first layer wins).</summary>
    public IReadOnlyList<string>? Categories { get; set; }

    public static bool IsUsable(double value) => double.IsFinite(value) && Math.Abs(value) <= Limit;

    public void IncludeX(double x)
    {
        if (IsUsable(x))
        {
            XMin = Math.Min(XMin, x);
            XMax = Math.Max(XMax, x);
        }
    }

    public void IncludeY(double y)
    {
        if (IsUsable(y))
        {
            YMin = Math.Min(YMin, y);
            YMax = Math.Max(YMax, y);
        }
    }

    /// <summary>Includes the point only when both coordinates are usable.</summary>
    public void Include(double x, double y)
    {
        if (IsUsable(x) && IsUsable(y))
        {
            IncludeX(x);
            IncludeY(y);
        }
    }

    public void Include(DataExtent other)
    {
        if (other.HasX)
        {
            IncludeX(other.XMin);
            IncludeX(other.XMax);
        }

        if (other.HasY)
        {
            IncludeY(other.YMin);
            IncludeY(other.YMax);
        }

        Categories ??= other.Categories;
        ZeroBaseline |= other.ZeroBaseline;
    }
}
