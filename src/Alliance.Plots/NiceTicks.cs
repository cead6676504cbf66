namespace Alliance.Plots;

/// <summary>
/// "Nice" axis ticks by Heckbert's loose labelling (P. S. Heckbert, "Nice numbers for graph
/// labels", Graphics Gems, 1990, pp. 61–63): the tick step is 1, 2 or 5 × 10^k, and the ticks
/// run outwards to the enclosing multiples of the step, so the data always lie inside the first
/// and last tick. One deliberate change: the step is <c>nicenum(range / (n − 1), round)</c> of
/// the raw range, where Heckbert first rounds the range itself up with <c>nicenum(range, false)</c>;
/// that extra rounding often halves the tick count (1…12 asked for 6 ticks gives 0, 5, 10, 15
/// instead of 0, 2, …, 12). R's <c>pretty()</c> uses a related but different rule, so tick sets
/// can differ from R's in borderline cases.
/// </summary>
public static class NiceTicks
{
    /// <summary>
    /// Heckbert's <c>nicenum</c>: a number 1, 2, 5 or 10 × 10^k close to <paramref name="x"/>.
    /// With <paramref name="round"/> the nearest such number, otherwise the smallest one ≥ x.
    /// </summary>
    public static double NiceNumber(double x, bool round)
    {
        if (!(x > 0) || !double.IsFinite(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "Must be positive and finite.");
        }

        var exponent = Math.Floor(Math.Log10(x));
        var power = Math.Pow(10, exponent);
        var fraction = x / power;
        double nice;
        if (round)
        {
            nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        }
        else
        {
            nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        }

        return nice * power;
    }

    /// <summary>
    /// Loose ticks covering [<paramref name="min"/>, <paramref name="max"/>] with about
    /// <paramref name="targetCount"/> ticks (at least 2). A degenerate range (min = max) is widened
    /// to ±10 % of the value, or ±1 around zero, as R's <c>pretty()</c> widens a zero range.
    /// </summary>
    public static TickSet Loose(double min, double max, int targetCount = 5)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max))
        {
            throw new ArgumentException("Range ends must be finite.", nameof(min));
        }

        if (min > max)
        {
            (min, max) = (max, min);
        }

        if (max - min <= Math.Max(Math.Abs(min), Math.Abs(max)) * 1e-12)
        {
            var centre = (min + max) / 2;
            var half = centre == 0 ? 1 : Math.Abs(centre) * 0.1;
            (min, max) = (centre - half, centre + half);
        }

        targetCount = Math.Max(2, targetCount);
        var step = NiceNumber((max - min) / (targetCount - 1), round: true);
        var first = Math.Floor(min / step);
        var last = Math.Ceiling(max / step);
        var count = (int)Math.Round(last - first) + 1;
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            // Multiply from integers rather than accumulate, so 0.1 + 0.1 + 0.1 noise cannot build up;
            // snap values within rounding noise of zero to an exact zero (no "-0" labels).
            var v = (first + i) * step;
            values[i] = Math.Abs(v) < step * 1e-9 ? 0 : v;
        }

        var digits = Math.Max(-(int)Math.Floor(Math.Log10(step)), 0);
        return new TickSet(values[0], values[^1], step, digits, values);
    }
}
