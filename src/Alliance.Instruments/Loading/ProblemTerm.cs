namespace Alliance.Instruments.Loading;

/// <summary>
/// A worded part of a problem message (what a JSON value was, what a field expects): a <see cref="ProblemText"/> key
/// and its own arguments, worded in the message's language along with it.
/// </summary>
/// <param name="Key">The wording's key, e.g. <c>found.number</c>.</param>
/// <param name="Arguments">What it names, for <c>{0}</c>, <c>{1}</c>, … in its wording.</param>
public sealed record ProblemTerm(string Key, IReadOnlyList<object?> Arguments)
{
    /// <summary>The term in English.</summary>
    public override string ToString() => ProblemText.Render(Key, Arguments, ProblemText.English);
}
