namespace Alliance.Instruments;

/// <summary>
/// The values an item accepts: every <see cref="Min"/> + n × <see cref="Step"/> up to <see cref="Max"/>.
/// Reverse keying maps x to <c>Min + Max − x</c>.
/// </summary>
public sealed class ResponseScale
{
    // Answers arrive as doubles parsed from text ("7.3"); a relative tolerance keeps 0.1-steps exact enough.
    private const double StepTolerance = 1e-9;

    /// <summary>Creates a scale; the loader checks that min &lt; max and that the step divides the range.</summary>
    public ResponseScale(string id, ScaleKind kind, double min, double max, double step, IReadOnlyList<ScaleAnchor> anchors)
    {
        Id = id;
        Kind = kind;
        Min = min;
        Max = max;
        Step = step;
        Anchors = anchors;
    }

    /// <summary>Id referenced by items (<c>$.items[i].scale</c>).</summary>
    public string Id { get; }

    /// <summary>Presentation kind.</summary>
    public ScaleKind Kind { get; }

    /// <summary>Lowest accepted value.</summary>
    public double Min { get; }

    /// <summary>Highest accepted value.</summary>
    public double Max { get; }

    /// <summary>Distance between accepted values (1 for Likert scales).</summary>
    public double Step { get; }

    /// <summary>Labelled points, ascending by value (for Likert every labelled category).</summary>
    public IReadOnlyList<ScaleAnchor> Anchors { get; }

    /// <summary>True when <paramref name="value"/> lies within [Min, Max].</summary>
    public bool Contains(double value) => value >= Min && value <= Max;

    /// <summary>True when <paramref name="value"/> is Min plus a whole number of steps (within 1e-9 of a step).</summary>
    public bool IsOnStep(double value)
    {
        var steps = (value - Min) / Step;
        return Math.Abs(steps - Math.Round(steps)) <= StepTolerance * Math.Max(1.0, Math.Abs(steps));
    }

    /// <summary>
    /// The accepted values either side of an off-step <paramref name="value"/> within range (9.2 and 9.3 for 9.25 on a
    /// 0.1 step), to name in an error message; equal when the value is on a step. Computed in decimal so that a 0.1 step
    /// gives 9.2 rather than 9.200000000000001.
    /// </summary>
    public (double Below, double Above) StepNeighbours(double value)
    {
        var (min, step) = ((decimal)Min, (decimal)Step);
        var x = (decimal)Math.Clamp(value, Min, Max);
        var below = min + decimal.Floor((x - min) / step) * step;
        var above = below == x ? below : Math.Min(below + step, (decimal)Max);
        return ((double)below, (double)above);
    }

    /// <summary>The reverse-keyed value <c>Min + Max − x</c>.</summary>
    public double Reverse(double value) => Min + Max - value;
}
