using System.Globalization;

namespace Alliance.Analysis.Mixed;

/// <summary>
/// Model-matrix columns for a list of terms, as R's <c>model.matrix</c> builds them: numeric variables
/// enter as they are, text variables as treatment-contrast dummies (first level in ordinal order is the
/// reference) when the term without that variable is in the model, else as full indicators; columns of an
/// interaction vary fastest in their first variable; names like <c>armB</c>, <c>session:armB</c>.
/// </summary>
internal static class ModelMatrix
{
    public static (string[] Names, double[] Values) Build(
        MixedData data, int[] rows, bool intercept, IReadOnlyList<IReadOnlyList<string>> terms, Func<string, Exception> unknown)
    {
        var columns = new List<(string Name, double[] Values)>();
        if (intercept)
        {
            var one = new double[rows.Length];
            Array.Fill(one, 1.0);
            columns.Add(("(Intercept)", one));
        }
        var keys = terms.Select(Key).ToHashSet(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var parts = new List<List<(string Name, double[] Values)>>();
            foreach (var variable in term)
            {
                if (!data.Has(variable))
                {
                    throw unknown(variable);
                }
                var numbers = data.Numeric(variable);
                if (numbers is not null)
                {
                    parts.Add([(variable, rows.Select(r => numbers[r]).ToArray())]);
                    continue;
                }
                var rest = term.Where(v => v != variable).ToList();
                var contrasts = rest.Count == 0 ? intercept : keys.Contains(Key(rest));
                parts.Add(Dummies(variable, data.Text(variable)!, rows, contrasts));
            }
            // R: the first variable of an interaction varies fastest.
            var product = new List<(string Name, double[] Values)> { ("", Enumerable.Repeat(1.0, rows.Length).ToArray()) };
            foreach (var part in parts)
            {
                var next = new List<(string Name, double[] Values)>();
                foreach (var p in part)
                {
                    foreach (var q in product)
                    {
                        var v = new double[rows.Length];
                        for (var i = 0; i < v.Length; i++)
                        {
                            v[i] = q.Values[i] * p.Values[i];
                        }
                        next.Add((q.Name.Length == 0 ? p.Name : q.Name + ":" + p.Name, v));
                    }
                }
                product = next;
            }
            columns.AddRange(product);
        }
        var names = columns.Select(c => c.Name).ToArray();
        var values = new double[rows.Length * columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            for (var i = 0; i < rows.Length; i++)
            {
                values[i * columns.Count + c] = columns[c].Values[i];
            }
        }
        return (names, values);
    }

    public static string[] Levels(string?[] text, int[] rows) =>
        rows.Select(r => text[r]!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    private static List<(string, double[])> Dummies(string variable, string?[] text, int[] rows, bool contrasts)
    {
        var levels = Levels(text, rows);
        var result = new List<(string, double[])>();
        for (var l = contrasts ? 1 : 0; l < levels.Length; l++)
        {
            var level = levels[l];
            result.Add((variable + level, rows.Select(r => string.Equals(text[r], level, StringComparison.Ordinal) ? 1.0 : 0.0).ToArray()));
        }
        return result;
    }

    private static string Key(IReadOnlyList<string> term) => string.Join(":", term.Order(StringComparer.Ordinal));

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
