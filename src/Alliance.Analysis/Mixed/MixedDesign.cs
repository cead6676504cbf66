namespace Alliance.Analysis.Mixed;

/// <summary>
/// Response, fixed-effects matrix and random terms of a formula on data. Rows with a missing value in any
/// variable the formula uses are dropped (lme4's default <c>na.action = na.omit</c>). Random terms are
/// ordered by decreasing number of levels, as lme4 orders them.
/// </summary>
internal sealed class MixedDesign
{
    private MixedDesign(double[] y, double[] x, string[] fixedNames, List<RandomTermDesign> terms)
    {
        Y = y;
        X = x;
        FixedNames = fixedNames;
        Terms = terms;
    }

    public int N => Y.Length;

    public int P => FixedNames.Length;

    public double[] Y { get; }

    public double[] X { get; }

    public string[] FixedNames { get; }

    public IReadOnlyList<RandomTermDesign> Terms { get; }

    public static MixedDesign Build(MixedData data, MixedFormula formula)
    {
        FormulaException Unknown(string v) => new(formula.Text, formula.Text.IndexOf(v, StringComparison.Ordinal) + 1,
            $"no column named '{v}' in {data.Source}; the columns are: {string.Join(", ", data.Columns)}");
        var variables = formula.Variables();
        foreach (var v in variables)
        {
            if (!data.Has(v))
            {
                throw Unknown(v);
            }
        }
        var rows = Enumerable.Range(0, data.RowCount).Where(r => variables.All(v => !data.IsMissing(v, r))).ToArray();
        var response = data.Numeric(formula.Response)
            ?? throw new FormulaException(formula.Text, 1, $"the response '{formula.Response}' is not numeric");
        var y = rows.Select(r => response[r]).ToArray();
        var (names, x) = ModelMatrix.Build(data, rows, formula.Intercept, formula.FixedTerms, Unknown);
        if (names.Length == 0)
        {
            throw new FormulaException(formula.Text, 0, "the model has no fixed effects");
        }
        var terms = new List<RandomTermDesign>();
        foreach (var term in formula.RandomTerms)
        {
            var (columns, z) = ModelMatrix.Build(data, rows, term.Intercept, term.Terms, Unknown);
            var (levels, levelOf) = Grouping(data, rows, term.Factors);
            if (levels.Length >= rows.Length)
            {
                // As lme4: with a level per observation the random effect and the residual cannot be told apart.
                throw new FormulaException(formula.Text, 0,
                    $"grouping factor '{term.Group}' has {levels.Length} levels for {rows.Length} complete rows; it must have fewer levels than observations");
            }
            terms.Add(new RandomTermDesign(term.Group, columns, levels, levelOf, z));
        }
        if (terms.Count == 0)
        {
            throw new FormulaException(formula.Text, 0, "no random-effects terms; a mixed model needs at least one '( … | group)'");
        }
        var ordered = terms.OrderByDescending(t => t.Levels.Length).ToList();
        if (rows.Length <= names.Length)
        {
            throw new FormulaException(formula.Text, 0, $"{rows.Length} complete rows are too few for {names.Length} fixed effects");
        }
        return new MixedDesign(y, x, names, ordered);
    }

    private static (string[] Levels, int[] LevelOf) Grouping(MixedData data, int[] rows, IReadOnlyList<string> factors)
    {
        var keys = new string[rows.Length][];
        for (var i = 0; i < rows.Length; i++)
        {
            keys[i] = factors.Select(f => data.Numeric(f) is { } n ? ModelMatrix.Format(n[rows[i]]) : data.Text(f)![rows[i]]!).ToArray();
        }
        var comparer = Comparer<string[]>.Create((a, b) =>
        {
            for (var k = 0; k < a.Length; k++)
            {
                var numeric = data.Numeric(factors[k]) is not null;
                var c = numeric
                    ? double.Parse(a[k], System.Globalization.CultureInfo.InvariantCulture).CompareTo(double.Parse(b[k], System.Globalization.CultureInfo.InvariantCulture))
                    : string.CompareOrdinal(a[k], b[k]);
                if (c != 0)
                {
                    return c;
                }
            }
            return 0;
        });
        var distinct = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var k in keys)
        {
            distinct.TryAdd(string.Join(":", k), k);
        }
        var levels = distinct.Values.Order(comparer).Select(k => string.Join(":", k)).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var l = 0; l < levels.Length; l++)
        {
            index[levels[l]] = l;
        }
        return (levels, keys.Select(k => index[string.Join(":", k)]).ToArray());
    }
}
