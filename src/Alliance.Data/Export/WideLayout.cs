using System.Data.Common;
using Alliance.Data.Responses;

namespace Alliance.Data.Export;

/// <summary>
/// One row per response: the identifying columns, one column per item id of the study's instruments (in
/// definition order; forms sharing an item id share the column), then one score column per instrument and score,
/// <c>&lt;instrument&gt;_&lt;score&gt;</c> (<see cref="ScoreColumns.Wide"/>), filled for the row's own instrument only.
/// </summary>
internal static class WideLayout
{
    public static async Task<ExportResult> WriteAsync(DbDataReader reader, long studyId,
        ExportDefinitions definitions, bool labels, TextWriter output, CancellationToken ct)
    {
        var items = definitions.Items;
        var scores = ScoreColumns.Wide(definitions);
        var reserved = MetaColumns.All.Select(c => c.Name).ToHashSet();
        var columns = MetaColumns.All.ToList();
        var itemColumns = items.Select(i => i.Column(reserved.Contains(i.Id) ? "item_" + i.Id : i.Id, labels ? ColumnKind.Text : ColumnKind.Number)).ToList();
        columns.AddRange(itemColumns);
        columns.AddRange(scores.Select(s => s.Column));

        await using var cells = new CsvCells(output);
        await cells.HeaderAsync(columns).ConfigureAwait(false);
        long rows = 0;
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var (instrument, _) = MetaColumns.Write(cells, reader);
            var answers = ResponseAnswers.Parse(reader.GetString(12));
            var scored = ResponseScores.Parse(reader.IsDBNull(13) ? null : reader.GetString(13));
            foreach (var item in items)
            {
                var value = answers.Exact(item.Id);
                if (labels)
                {
                    cells.Text(value is decimal v && item.Labels.TryGetValue(v, out var label) ? label : value?.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    cells.Number(value);
                }
            }
            foreach (var score in scores)
            {
                cells.Number(score.Instrument == instrument ? scored.Exact(score.Score) : null);
            }
            await cells.EndRowAsync().ConfigureAwait(false);
            rows++;
        }
        await cells.FlushAsync().ConfigureAwait(false);
        return new ExportResult(studyId, ExportFormat.Wide, columns, rows) { Items = itemColumns };
    }
}
