using System.Data;
using Alliance.Data.Instruments;
using Npgsql;

namespace Alliance.Data.Export;

/// <summary>One row per item answer: the identifying columns, <c>item</c>, <c>value</c> (and <c>value_label</c>).</summary>
internal static class LongLayout
{
    public static async Task<ExportResult> WriteAsync(NpgsqlConnection connection, long studyId,
        IReadOnlyDictionary<(string, string), FrozenDefinition> definitions, bool labels, TextWriter output, CancellationToken ct)
    {
        var allLabels = definitions.Values.SelectMany(d => d.Items).SelectMany(i => i.Scale.Labels)
            .GroupBy(l => l.Key).ToDictionary(g => g.Key, g => g.First().Value);
        var columns = MetaColumns.All.Concat(
        [
            new ExportColumn("item", ColumnKind.Text, "Item id within the instrument"),
            new ExportColumn("value", ColumnKind.Number, "Answer (empty when the item was skipped)", allLabels),
        ]).ToList();
        if (labels)
        {
            columns.Add(new ExportColumn("value_label", ColumnKind.Text, "Label of the answer on the item's scale"));
        }

        await using var cells = new CsvCells(output);
        await cells.HeaderAsync(columns).ConfigureAwait(false);
        long rows = 0;
        await using var command = StudyExport.StudyCommand(ExportQueries.Long, connection, studyId);
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var form = MetaColumns.Write(cells, reader);
            var item = reader.GetString(12);
            decimal? value = reader.IsDBNull(13) ? null : reader.GetDecimal(13);
            cells.Text(item);
            cells.Number(value);
            if (labels)
            {
                var definition = definitions.GetValueOrDefault(form);
                cells.Text(value is decimal v && definition?.Item(item)?.Scale.Labels.TryGetValue(v, out var label) == true ? label : null);
            }
            await cells.EndRowAsync().ConfigureAwait(false);
            rows++;
        }
        await cells.FlushAsync().ConfigureAwait(false);
        return new ExportResult(studyId, ExportFormat.Long, columns, rows);
    }
}
