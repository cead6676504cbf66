namespace Alliance.Analysis.Mixed;

/// <summary>
/// One random-effects term of an lme4 formula after expansion, e.g. <c>(1 + session | client)</c>.
/// <c>(x || g)</c> expands into uncorrelated single-column terms and <c>(1 | a/b)</c> into
/// <c>(1 | b:a) + (1 | a)</c>, exactly as lme4 does.
/// </summary>
/// <param name="Intercept">Whether the term has a random intercept.</param>
/// <param name="Terms">Model terms of the left-hand side besides the intercept; each is a list of variables joined by ':'.</param>
/// <param name="Factors">Variables whose interaction forms the grouping factor (one for <c>g</c>, two for <c>b:a</c>).</param>
public sealed record RandomTerm(bool Intercept, IReadOnlyList<IReadOnlyList<string>> Terms, IReadOnlyList<string> Factors)
{
    /// <summary>The grouping factor's name as lme4 prints it (<c>client</c>, <c>client:therapist</c>).</summary>
    public string Group => string.Join(":", Factors);
}
