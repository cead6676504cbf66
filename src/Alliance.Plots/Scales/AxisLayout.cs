namespace Alliance.Plots.Scales;

/// <summary>
/// Chooses an axis interval and ticks. Numeric axes: Heckbert loose ticks over the data range
/// (<see cref="NiceTicks.Loose"/>), the interval padded by 4 % on each side (not below zero for
/// zero-anchored axes of non-negative data), and only ticks inside the interval kept; the tick
/// count is lowered until the labels fit. Categorical axes: categories at 1…k over [0.5, k + 0.5],
/// labelling every m-th when the names would collide.
/// </summary>
internal static class AxisLayout
{
    private const double Padding = 0.04;

    public static ResolvedAxis Resolve(Axis axis, DataExtent extent, bool isX, double length, double fontSize)
    {
        var categories = axis.Categories ?? (isX ? extent.Categories : null);
        if (categories is not null)
        {
            return Categorical(categories, length, fontSize);
        }

        var has = isX ? extent.HasX : extent.HasY;
        var (lo, hi) = has ? (isX ? (extent.XMin, extent.XMax) : (extent.YMin, extent.YMax)) : (0.0, 1.0);
        if (axis.IncludeZero)
        {
            (lo, hi) = (Math.Min(lo, 0), Math.Max(hi, 0));
        }

        if (axis.Min is { } fixedMin && DataExtent.IsUsable(fixedMin))
        {
            lo = fixedMin;
        }

        if (axis.Max is { } fixedMax && DataExtent.IsUsable(fixedMax))
        {
            hi = fixedMax;
        }

        if (lo > hi)
        {
            (lo, hi) = (hi, lo);
        }

        var anchorZero = axis.IncludeZero || (!isX && extent.ZeroBaseline);
        var spacing = isX ? 45.0 : 28.0;
        var initial = axis.TickCount ?? Math.Clamp((int)(length / spacing) + 1, 2, 8);
        for (var target = Math.Max(2, initial); ; target--)
        {
            var resolved = Numeric(axis, lo, hi, target, anchorZero);
            var needed = resolved.Ticks.Sum(t => Rendering.TextMeasure.Width(t.Label, fontSize) + 6);
            var crowded = isX ? needed > length : resolved.Ticks.Count * (fontSize + 4) > length;
            if (!crowded || target <= 2)
            {
                return resolved;
            }
        }
    }

    private static ResolvedAxis Numeric(Axis axis, double lo, double hi, int target, bool anchorZero)
    {
        var ticks = NiceTicks.Loose(lo, hi, target);
        if (axis.IntegerTicks && ticks.Step < 1)
        {
            var values = Enumerable.Range(0, (int)(Math.Ceiling(ticks.Max) - Math.Floor(ticks.Min)) + 1)
                .Select(i => Math.Floor(ticks.Min) + i).ToArray();
            ticks = new TickSet(values[0], values[^1], 1, 0, values);
        }

        // A degenerate range was widened by NiceTicks; use the widened ends for the interval.
        if (hi - lo <= Math.Max(Math.Abs(lo), Math.Abs(hi)) * 1e-12)
        {
            (lo, hi) = (ticks.Values[0], ticks.Values[^1]);
        }

        var pad = Padding * (hi - lo);
        var min = axis.Min ?? (anchorZero && lo == 0 ? 0 : lo - pad);
        var max = axis.Max ?? (anchorZero && hi == 0 ? 0 : hi + pad);
        if (!(max > min))
        {
            (min, max) = (ticks.Min, ticks.Max);
        }

        var tolerance = (max - min) * 1e-9;
        var visible = ticks.Values.Where(v => v >= min - tolerance && v <= max + tolerance).ToList();
        if (visible.Count < 2 && axis.Min is null && axis.Max is null)
        {
            (min, max, visible) = (ticks.Min, ticks.Max, [.. ticks.Values]);
        }

        return new ResolvedAxis(min, max, visible.Select(v => (v, ValueText.Tick(v, ticks))).ToArray());
    }

    private static ResolvedAxis Categorical(IReadOnlyList<string> categories, double length, double fontSize)
    {
        if (categories.Count == 0)
        {
            return new ResolvedAxis(0.5, 1.5, []);
        }

        // Too wide for its slot: break names onto two lines at the space nearest the middle;
        // if that is still too wide, label every m-th category.
        var slot = length / categories.Count;
        var labels = categories.ToArray();
        if (Widest(labels, fontSize) > slot)
        {
            labels = [.. categories.Select(TwoLines)];
        }

        var every = Math.Max(1, (int)Math.Ceiling(Widest(labels, fontSize) / slot));
        var ticks = labels.Select((name, i) => (Value: i + 1.0, Label: i % every == 0 ? name : ""))
            .ToArray();
        return new ResolvedAxis(0.5, categories.Count + 0.5, ticks) { Categorical = true };
    }

    private static double Widest(IEnumerable<string> labels, double fontSize) =>
        labels.SelectMany(l => l.Split('\n')).Max(line => Rendering.TextMeasure.Width(line, fontSize)) + 4;

    private static string TwoLines(string name)
    {
        var middle = name.Length / 2;
        var spaces = Enumerable.Range(0, name.Length).Where(i => name[i] == ' ').ToArray();
        if (spaces.Length == 0)
        {
            return name;
        }

        var split = spaces.MinBy(i => Math.Abs(i - middle));
        return name[..split] + "\n" + name[(split + 1)..];
    }
}
