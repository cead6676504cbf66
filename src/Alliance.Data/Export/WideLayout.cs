using System.Data;
using Alliance.Data.Responses;
using Npgsql;

namespace Alliance.Data.Export;

/// <summary>
/// One row per response: the identifying columns, one column per item id of the study's instruments (in
/// definition order; forms sharing an item id share the column), then <c>score_&lt;name&gt;</c> columns.
/// </summary>
internal static class WideLayout
{
    public static async Task<ExportResult> WriteAsync(NpgsqlConnection connection, long studyId,
        ExportDefinitions definitions, bool labels, TextWriter output, CancellationToken ct)
    {
        var items = definitions.Items;
        var scores = await ScoreNamesAsync(connection, studyId, ct).ConfigureAwait(false);
        var reserved = MetaColumns.All.Select(c => c.Name).ToHashSet();
        var columns = MetaColumns.All.ToList();
        columns.AddRange(items.Select(i => new ExportColumn(reserved.Contains(i.Id) ? "item_" + i.Id : i.Id,
            labels ? ColumnKind.Text : ColumnKind.Number, $"Answer to item {i.Id}" + (i.Subscale is null ? "" : $" ({i.Subscale})"),
            i.Labels)));
        columns.AddRange(scores.Select(s => new ExportColumn("score_" + s, ColumnKind.Number, $"Score {s} (mean of answered items)")));

        await using var cells = new CsvCells(output);
        await cells.HeaderAsync(columns).ConfigureAwait(false);
        long rows = 0;
        await using var command = StudyExport.StudyCommand(ExportQueries.Wide, connection, studyId);
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            MetaColumns.Write(cells, reader);
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
                cells.Number(scored.Exact(score));
            }
            await cells.EndRowAsync().ConfigureAwait(false);
            rows++;
        }
        await cells.FlushAsync().ConfigureAwait(false);
        return new ExportResult(studyId, ExportFormat.Wide, columns, rows);
    }

    internal static async Task<List<string>> ScoreNamesAsync(NpgsqlConnection connection, long studyId, CancellationToken ct)
    {
        var names = new List<string>();
        await using var command = StudyExport.StudyCommand(ExportQueries.ScoreNames, connection, studyId);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            names.Add(reader.GetString(0));
        }
        // total first, then subscales alphabetically: the order analysts read them in.
        return [.. names.OrderBy(n => n == "total" ? 0 : 1).ThenBy(n => n, StringComparer.Ordinal)];
    }
}
