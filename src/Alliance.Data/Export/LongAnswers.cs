using System.Data;
using Alliance.Data.Embedded;
using Alliance.Data.Responses;
using Npgsql;

namespace Alliance.Data.Export;

/// <summary>
/// The item answers of a study's long export — every key of every exported response's answers, with its number or null
/// — handed over one at a time, for readers that keep only what they need: the study report holds each form's answers
/// as numbers instead of the 81 MB of CSV text of a 10,000-dyad study (issue #21 item 4). They are read through the wide
/// export's statement (<see cref="ExportQueries.Wide"/>: the same responses, withdrawals left out alike, in dyad,
/// session, role and instrument order) and each response's answers expanded here, in the stored JSON's key order: the
/// database then neither expands nor sorts 4.35 million item rows (on that study 19 s instead of 50 s to read, both under
/// load). Audited like the long CSV export (<c>"format": "long"</c>, the same detail and row count).
/// </summary>
public static class LongAnswers
{
    /// <summary>
    /// Reads the exported responses of <paramref name="studyId"/> where <see cref="AllianceDatabase.Reads"/> says, calls
    /// <paramref name="answer"/> for every item answer (a form's answers one after another), logs the export on the
    /// primary and returns the number of item answers (the long export's rows).
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
            await using var command = StudyExport.StudyCommand(ExportQueries.Wide, connection, studyId);
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                // Sequential access: columns in order, the unneeded ones skipped (see ExportQueries.Wide for the list).
                var dyad = reader.GetString(1);
                var session = reader.GetInt32(5);
                var role = reader.GetString(7);
                var instrument = reader.GetString(8);
                var response = reader.GetGuid(10);
                var answers = ResponseAnswers.Parse(reader.GetString(12));
                foreach (var item in answers.Ids)
                {
                    answer(new LongAnswer(dyad, session, role, instrument, response, item, answers.Exact(item)));
                    rows++;
                }
            }
        }
        // The entry a plain long export makes (StudyExport.WriteAsync), so the audit log reads the same as before.
        await ExportAudit.RecordAsync(database, studyId, actor, new { format = "long", rows, bom = false, labels = false }, ct).ConfigureAwait(false);
        return rows;
    }
}
