using System.Globalization;
using Alliance.Analysis.Tabular;
using Alliance.Instruments.Scoring;

namespace Alliance.Cli.Instruments;

/// <summary>
/// Scores a response CSV in one streaming pass: every input column that is not an item passes through;
/// bad input (a missing item column, a column that would clash with an output column, a non-number,
/// a value off the item's scale) is an <see cref="InputException"/> naming file, line and column.
/// </summary>
internal static class ResponseScoring
{
    /// <summary>Names of the columns scoring adds: each score, each score's status, each alert.</summary>
    public static IEnumerable<string> OutputColumns(InstrumentScorer scorer) =>
        scorer.Scores.Select(x => x.Id)
            .Concat(scorer.Scores.Select(x => x.Id + "_status"))
            .Concat(scorer.Cutoffs.Select(c => "alert_" + c.Id));

    /// <summary>Scores every row into <paramref name="sink"/>; returns the number of rows.</summary>
    public static int Run(CsvRowReader reader, InstrumentScorer scorer, IScoredRowSink sink)
    {
        var instrument = scorer.Instrument;
        var itemColumns = new int[instrument.Items.Count];
        for (var i = 0; i < itemColumns.Length; i++)
        {
            var id = instrument.Items[i].Id;
            itemColumns[i] = reader.HasColumn(id) ? reader.ColumnIndex(id)
                : throw new InputException($"{reader.Source}:1: no column '{id}' for item {i + 1} of {instrument.Id}; "
                    + $"the instrument's items are {string.Join(", ", instrument.Items.Select(x => x.Id))}");
        }
        var passThrough = Enumerable.Range(0, reader.Columns.Count).Where(c => !itemColumns.Contains(c)).ToArray();
        var outputNames = OutputColumns(scorer).ToHashSet(StringComparer.Ordinal);
        foreach (var c in passThrough.Where(c => outputNames.Contains(reader.Columns[c])))
        {
            throw new InputException($"{reader.Source}:1:{c + 1}: column '{reader.Columns[c]}' would clash with the score column of the same name; rename it");
        }

        sink.Begin([.. passThrough.Select(c => reader.Columns[c])]);
        var answers = new double[itemColumns.Length];
        var scores = new double[scorer.Scores.Count];
        var answered = new int[scorer.Scores.Count];
        var passed = new string?[passThrough.Length];
        var rows = 0;
        while (reader.Read())
        {
            for (var i = 0; i < itemColumns.Length; i++)
            {
                answers[i] = Parse(reader, itemColumns[i], instrument.Items[i].Id);
            }
            var check = scorer.Score(answers, scores, answered);
            if (!check.IsValid)
            {
                throw new InputException($"{reader.Source}:{reader.Line}:{itemColumns[check.ItemIndex] + 1}: {scorer.Describe(check).Message}");
            }
            for (var p = 0; p < passThrough.Length; p++)
            {
                passed[p] = reader.Cell(passThrough[p]);
            }
            sink.Row(reader.Line, passed, scores, answered);
            rows++;
        }
        sink.End(rows);
        return rows;
    }

    private static double Parse(CsvRowReader reader, int column, string itemId)
    {
        var cell = reader.Cell(column);
        if (cell is null)
        {
            return double.NaN;
        }
        if (cell.Length == 1 && char.IsAsciiDigit(cell[0]))
        {
            return cell[0] - '0'; // the common case of Likert data, without the general parser
        }
        if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }
        throw new InputException($"{reader.Source}:{reader.Line}:{column + 1}: '{(cell.Length > 40 ? cell[..40] + "…" : cell)}' in column '{itemId}' is not a number");
    }
}
