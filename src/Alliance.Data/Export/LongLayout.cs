using System.Data.Common;

namespace Alliance.Data.Export;

/// <summary>One row per item answer: the identifying columns, <c>item</c>, <c>value</c> (and <c>value_label</c>).</summary>
internal static class LongLayout
{
    public static async Task<ExportResult> WriteAsync(DbDataReader reader, long studyId,
        ExportDefinitions definitions, bool labels, TextWriter output, CancellationToken ct)
    {
        var columns = MetaColumns.All.Concat(
        [
            new ExportColumn("item", ColumnKind.Text, "Item id within the instrument"),
            new ExportColumn("value", ColumnKind.Number, "Answer (empty when the item was skipped)", definitions.AllLabels),
        ]).ToList();
        if (labels)
        {
            columns.Add(new ExportColumn("value_label", ColumnKind.Text, "Label of the answer on the item's scale"));
        }

        await using var cells = new CsvCells(output);
        await cells.HeaderAsync(columns).ConfigureAwait(false);
        long rows = 0;
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var form = MetaColumns.Write(cells, reader);
            var item = reader.GetString(12);
            decimal? value = reader.IsDBNull(13) ? null : reader.GetDecimal(13);
            cells.Text(item);
            cells.Number(value);
            if (labels)
            {
                cells.Text(value is decimal v ? definitions.Label(form, item, v) : null);
            }
            await cells.EndRowAsync().ConfigureAwait(false);
            rows++;
        }
        await cells.FlushAsync().ConfigureAwait(false);
        return new ExportResult(studyId, ExportFormat.Long, columns, rows)
        {
            Items = [.. definitions.Items.Select(i => i.Column(i.Id, ColumnKind.Number))],
        };
    }
}
