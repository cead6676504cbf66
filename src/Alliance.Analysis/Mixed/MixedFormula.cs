namespace Alliance.Analysis.Mixed;

/// <summary>
/// A linear mixed model formula in lme4 syntax, parsed:
/// <c>y ~ x + z + x:z + x*z + (1 | g) + (1 + x | g) + (x || g) + (1 | a/b) + (0 + x | g)</c>.
/// Fixed terms are ordered as R's <c>terms()</c> orders them (by interaction order, then formula order);
/// <c>- 1</c> or <c>0 +</c> removes the intercept. See <see cref="FormulaParser"/> for the grammar.
/// </summary>
/// <param name="Text">The formula as written.</param>
/// <param name="Response">The response variable.</param>
/// <param name="Intercept">Whether the fixed part has an intercept.</param>
/// <param name="FixedTerms">Fixed-effect terms besides the intercept; each is a list of variables joined by ':'.</param>
/// <param name="RandomTerms">Random-effect terms after lme4's expansion of <c>||</c> and <c>/</c>.</param>
public sealed record MixedFormula(
    string Text,
    string Response,
    bool Intercept,
    IReadOnlyList<IReadOnlyList<string>> FixedTerms,
    IReadOnlyList<RandomTerm> RandomTerms)
{
    /// <summary>Parses lme4 formula syntax; throws <see cref="FormulaException"/> naming the character at fault.</summary>
    public static MixedFormula Parse(string text) => FormulaParser.Parse(text);

    /// <summary>Every variable the formula uses (response, fixed, random, grouping), each once.</summary>
    public IReadOnlyList<string> Variables()
    {
        var seen = new List<string> { Response };
        void Add(string v)
        {
            if (!seen.Contains(v))
            {
                seen.Add(v);
            }
        }
        foreach (var t in FixedTerms)
        {
            foreach (var v in t)
            {
                Add(v);
            }
        }
        foreach (var r in RandomTerms)
        {
            foreach (var t in r.Terms)
            {
                foreach (var v in t)
                {
                    Add(v);
                }
            }
            foreach (var f in r.Factors)
            {
                Add(f);
            }
        }
        return seen;
    }
}
