using System.Data;
using Alliance.Data.Embedded;
using Npgsql;

namespace Alliance.Data.Export;

/// <summary>
/// The rows of a study's long export (<see cref="ExportQueries.Long"/>, the same statement, rows and order as
/// <c>alliance export --format long</c>) handed over one at a time, for readers that keep only what they need: the
/// study report holds each form's answers as numbers instead of the 81 MB of CSV text of a 10,000-dyad study
/// (issue #21 item 4). Audited like the CSV export (<c>"format": "long"</c>, same detail shape).
/// </summary>
public static class LongAnswers
{
    /// <summary>
    /// Reads the long export of <paramref name="studyId"/> where <see cref="AllianceDatabase.Reads"/> says, calls
    /// <paramref name="answer"/> for every row in export order, logs the export on the primary and returns the row count.
    /// </summary>
    /// <exception cref="StudyExportException">The study does not exist.</exception>
    public static async Task<long> ReadAsync(AllianceDatabase database, long studyId, string actor, Action<LongAnswer> answer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(answer);
        long rows = 0;
        await using (var connection = new NpgsqlConnection(database.Reads))
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await ExportAudit.LanguageAsync(connection, studyId, ct).ConfigureAwait(false);
            await using var command = StudyExport.StudyCommand(ExportQueries.Long, connection, studyId);
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                // Sequential access: columns in order, the unneeded ones skipped (see ExportQueries.Long for the list).
                var dyad = reader.GetString(1);
                var session = reader.GetInt32(5);
                var role = reader.GetString(7);
                var instrument = reader.GetString(8);
                var response = reader.GetGuid(10);
                var item = reader.GetString(12);
                decimal? value = reader.IsDBNull(13) ? null : reader.GetDecimal(13);
                answer(new LongAnswer(dyad, session, role, instrument, response, item, value));
                rows++;
            }
        }
        // The entry a plain long export makes (StudyExport.WriteAsync), so the audit log reads the same as before.
        await ExportAudit.RecordAsync(database, studyId, actor, new { format = "long", rows, bom = false, labels = false }, ct).ConfigureAwait(false);
        return rows;
    }
}
