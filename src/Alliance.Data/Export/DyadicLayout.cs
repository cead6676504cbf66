using System.Data;
using Npgsql;

namespace Alliance.Data.Export;

/// <summary>
/// One row per dyad and session with at least one response: client and therapist scores side by side
/// (<c>client_&lt;score&gt;</c>, <c>therapist_&lt;score&gt;</c>) and <c>discrepancy_&lt;score&gt;</c> = client − therapist
/// (empty unless both are present). Rows are grouped while streaming; one group is in memory at a time.
/// </summary>
internal static class DyadicLayout
{
    private static readonly string[] Roles = ["client", "therapist"];

    public static async Task<ExportResult> WriteAsync(NpgsqlConnection connection, long studyId, TextWriter output, CancellationToken ct)
    {
        var scores = await WideLayout.ScoreNamesAsync(connection, studyId, ct).ConfigureAwait(false);
        var columns = MetaColumns.All.Take(7).ToList();
        foreach (var role in Roles)
        {
            columns.Add(new ExportColumn($"{role}_instrument", ColumnKind.Text, $"Instrument the {role} answered"));
            columns.Add(new ExportColumn($"{role}_submitted_at", ColumnKind.Timestamp, $"When the {role} submitted (UTC)"));
            columns.AddRange(scores.Select(s => new ExportColumn($"{role}_{s}", ColumnKind.Number, $"{role} score {s}")));
        }
        columns.AddRange(scores.Select(s => new ExportColumn($"discrepancy_{s}", ColumnKind.Number, $"client_{s} − therapist_{s}")));

        await using var cells = new CsvCells(output);
        await cells.HeaderAsync(columns).ConfigureAwait(false);
        long rows = 0;
        DyadSessionRow? current = null;
        await using var command = StudyExport.StudyCommand(ExportQueries.Dyadic, connection, studyId);
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var row = DyadSessionRow.Read(reader);
            if (current is not null && (current.Dyad != row.Dyad || current.Session != row.Session))
            {
                await WriteAsync(cells, current, scores).ConfigureAwait(false);
                rows++;
                current = null;
            }
            current = current is null ? row : current.Merge(row);
        }
        if (current is not null)
        {
            await WriteAsync(cells, current, scores).ConfigureAwait(false);
            rows++;
        }
        await cells.FlushAsync().ConfigureAwait(false);
        return new ExportResult(studyId, ExportFormat.Dyadic, columns, rows);
    }

    private static Task WriteAsync(CsvCells cells, DyadSessionRow row, IReadOnlyList<string> scores)
    {
        cells.Integer(row.StudyId);
        cells.Text(row.Dyad);
        cells.Text(row.Therapist);
        cells.Text(row.Client);
        cells.Text(row.Arm);
        cells.Integer(row.Session);
        cells.Date(row.SessionDate);
        foreach (var role in Roles)
        {
            var form = row.Forms.GetValueOrDefault(role);
            cells.Text(form?.Instrument);
            if (form is null)
            {
                cells.Text(null);
            }
            else
            {
                cells.Timestamp(form.SubmittedAt);
            }
            foreach (var score in scores)
            {
                cells.Number(form?.Scores.Exact(score));
            }
        }
        foreach (var score in scores)
        {
            var client = row.Forms.GetValueOrDefault("client")?.Scores.Exact(score);
            var therapist = row.Forms.GetValueOrDefault("therapist")?.Scores.Exact(score);
            cells.Number(client - therapist);
        }
        return cells.EndRowAsync();
    }
}
