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

    /// <summary>Notes about the design (dropped rank-deficient columns).</summary>
    public List<string> Messages { get; } = [];

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
        var keep = FullRankColumns(x, names.Length, rows.Length);
        var design = keep.Length == names.Length
            ? new MixedDesign(y, x, names, ordered)
            : new MixedDesign(y, Select(x, names.Length, keep), keep.Select(k => names[k]).ToArray(), ordered);
        if (keep.Length < names.Length)
        {
            var dropped = names.Where((_, k) => !keep.Contains(k)).ToArray();
            design.Messages.Add($"fixed-effect model matrix is rank deficient so dropping {dropped.Length} column(s) / coefficient(s): {string.Join(", ", dropped)}");
        }
        return design;
    }

    // Columns are kept in order unless (nearly) a linear combination of earlier ones, which lme4 also drops
    // (with a message): Cholesky of XᵀX column by column, dropping a column whose pivot is below 1e-14 of its
    // squared norm (a relative residual norm below 1e-7, lme4's rank tolerance).
    private static int[] FullRankColumns(double[] x, int p, int n)
    {
        var xtx = new double[p * p];
        for (var i = 0; i < n; i++)
        {
            for (var a = 0; a < p; a++)
            {
                for (var b = 0; b <= a; b++)
                {
                    xtx[a * p + b] += x[i * p + a] * x[i * p + b];
                }
            }
        }
        var keep = new List<int>();
        var l = new double[p * p];
        foreach (var a in Enumerable.Range(0, p))
        {
            // Schur complement of column a against the kept columns.
            var row = new double[keep.Count];
            for (var m = 0; m < keep.Count; m++)
            {
                var b = keep[m];
                var v = a > b ? xtx[a * p + b] : xtx[b * p + a];
                for (var k = 0; k < m; k++)
                {
                    v -= row[k] * l[m * p + k];
                }
                row[m] = v / l[m * p + m];
            }
            var d = xtx[a * p + a] - row.Sum(r => r * r);
            if (d > 1e-14 * xtx[a * p + a] && xtx[a * p + a] > 0)
            {
                var m = keep.Count;
                for (var k = 0; k < m; k++)
                {
                    l[m * p + k] = row[k];
                }
                l[m * p + m] = Math.Sqrt(d);
                keep.Add(a);
            }
        }
        return [.. keep];
    }

    private static double[] Select(double[] x, int p, int[] keep)
    {
        var n = x.Length / p;
        var result = new double[n * keep.Length];
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < keep.Length; k++)
            {
                result[i * keep.Length + k] = x[i * p + keep[k]];
            }
        }
        return result;
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
