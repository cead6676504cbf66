using Alliance.Analysis.Tabular;
using Alliance.Instruments.Scoring;

namespace Alliance.Cli.Instruments;

/// <summary>
/// Item-level rows scored in one pass: pass-through columns (every input column that is not an item)
/// and, per row, one value and one answered count per score (row-major, NaN when not scorable).
/// </summary>
internal sealed class ScoredTable
{
    private ScoredTable(CsvTable input, InstrumentScorer scorer, int[] passThrough, double[] scores, int[] answered)
    {
        Input = input;
        Scorer = scorer;
        PassThrough = passThrough;
        Scores = scores;
        Answered = answered;
    }

    public CsvTable Input { get; }

    public InstrumentScorer Scorer { get; }

    /// <summary>Input column indices copied to the output, in input order.</summary>
    public int[] PassThrough { get; }

    public double[] Scores { get; }

    public int[] Answered { get; }

    public int RowCount => Input.RowCount;

    /// <summary>
    /// Scores every row. Bad input (a missing item column, a column name that would clash with an output
    /// column, a non-number, a value off the item's scale) is an <see cref="InputException"/> naming
    /// file, line and column.
    /// </summary>
    public static ScoredTable Score(CsvTable table, InstrumentScorer scorer)
    {
        var instrument = scorer.Instrument;
        var itemColumns = new int[instrument.Items.Count];
        for (var i = 0; i < itemColumns.Length; i++)
        {
            var id = instrument.Items[i].Id;
            itemColumns[i] = table.HasColumn(id) ? table.ColumnIndex(id)
                : throw new InputException($"{table.Source}:1: no column '{id}' for item {i + 1} of {instrument.Id}; "
                    + $"the instrument's items are {string.Join(", ", instrument.Items.Select(x => x.Id))}");
        }
        var passThrough = Enumerable.Range(0, table.Columns.Count).Where(c => !itemColumns.Contains(c)).ToArray();
        var outputNames = OutputColumns(scorer).ToHashSet(StringComparer.Ordinal);
        foreach (var c in passThrough.Where(c => outputNames.Contains(table.Columns[c])))
        {
            throw new InputException($"{table.Source}:1:{c + 1}: column '{table.Columns[c]}' would clash with the score column of the same name; rename it");
        }

        var k = itemColumns.Length;
        var s = scorer.Scores.Count;
        var scores = new double[table.RowCount * s];
        var answered = new int[table.RowCount * s];
        var answers = new double[k];
        for (var r = 0; r < table.RowCount; r++)
        {
            for (var i = 0; i < k; i++)
            {
                var cell = table.Cell(r, itemColumns[i]);
                if (cell is null)
                {
                    answers[i] = double.NaN;
                }
                else if (!double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out answers[i])
                         || !double.IsFinite(answers[i]))
                {
                    throw new InputException($"{table.Source}:{table.LineOf(r)}:{itemColumns[i] + 1}: '{Shorten(cell)}' in column '{instrument.Items[i].Id}' is not a number");
                }
            }
            var check = scorer.Score(answers, scores.AsSpan(r * s, s), answered.AsSpan(r * s, s));
            if (!check.IsValid)
            {
                throw new InputException($"{table.Source}:{table.LineOf(r)}:{itemColumns[check.ItemIndex] + 1}: {scorer.Describe(check).Message}");
            }
        }
        return new ScoredTable(table, scorer, passThrough, scores, answered);
    }

    /// <summary>Names of the columns the scoring adds: each score, then each score's status, then each alert.</summary>
    public static IEnumerable<string> OutputColumns(InstrumentScorer scorer) =>
        scorer.Scores.Select(x => x.Id)
            .Concat(scorer.Scores.Select(x => x.Id + "_status"))
            .Concat(scorer.Cutoffs.Select(c => "alert_" + c.Id));

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
