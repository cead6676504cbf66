namespace Alliance.Instruments;

/// <summary>
/// How many items of a subscale must be answered for it to be scored: an absolute minimum
/// (<c>{"min_answered": 3}</c>) or a fraction of the items, rounded up (<c>{"min_fraction": 0.75}</c>).
/// Below the minimum the subscale is "not scorable"; at or above it, sum scores are prorated.
/// </summary>
public sealed class MissingItemRule
{
    private MissingItemRule(int? minAnswered, double? minFraction)
    {
        MinAnswered = minAnswered;
        MinFraction = minFraction;
    }

    /// <summary>The absolute minimum, when the rule is stated as a count.</summary>
    public int? MinAnswered { get; }

    /// <summary>The fraction in (0, 1], when the rule is stated as a fraction.</summary>
    public double? MinFraction { get; }

    /// <summary>A rule requiring at least <paramref name="count"/> answered items.</summary>
    public static MissingItemRule AtLeast(int count) => new(count, null);

    /// <summary>A rule requiring at least ⌈<paramref name="fraction"/> × k⌉ answered items.</summary>
    public static MissingItemRule AtLeastFraction(double fraction) => new(null, fraction);

    /// <summary>The minimum number of answered items for a subscale of <paramref name="itemCount"/> items.</summary>
    public int RequiredCount(int itemCount) =>
        MinAnswered ?? Math.Max(1, (int)Math.Ceiling((MinFraction ?? 1.0) * itemCount - 1e-9));

    /// <inheritdoc />
    public override string ToString() =>
        MinAnswered is { } n ? $"at least {n} answered" : $"at least {MinFraction:P0} answered";
}
