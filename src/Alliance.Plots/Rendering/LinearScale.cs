namespace Alliance.Plots.Rendering;

/// <summary>Maps a data interval linearly onto a point interval (which may run backwards, as y does).</summary>
internal sealed record LinearScale(double DomainMin, double DomainMax, double RangeStart, double RangeEnd)
{
    public double Map(double value)
    {
        // Compute the fraction first: with huge domains (1e150) the product form would overflow.
        var fraction = (value - DomainMin) / (DomainMax - DomainMin);
        return RangeStart + (fraction * (RangeEnd - RangeStart));
    }

    public bool Contains(double value) => value >= DomainMin && value <= DomainMax;

    /// <summary>Points per data unit (absolute).</summary>
    public double PointsPerUnit => Math.Abs(RangeEnd - RangeStart) / (DomainMax - DomainMin);
}
