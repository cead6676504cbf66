using System.Data.Common;
using Alliance.Data.Paging;
using Alliance.Instruments;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Alliance.Data.Listing;

/// <summary>
/// The reminders list in one statement: open links only, by stored status <em>and</em> expiry, so the list is the same
/// whether or not the expiry job has marked ran-out links <c>expired</c> yet. It starts from the covering partial index
/// <c>ix_invitations_open_links</c> (study_id) INCLUDE (every invitation column it reads) WHERE status = 'open' (an
/// index-only scan), so it reads the study's open links, never its answered ones (90 % of a running study), and never
/// visits the table for them; of those, only links whose index row allows a due day on or before the list's (or an
/// expiry within its window) look up their session (on the 10,000-dyad seed, the 14,909 links open today skipped
/// 14,909 session and response lookups). A link falls due on the day it opens on the session calendar (the session day for
/// links without an opening; the day it was created for sessions without a date). Dyads with the oldest due form
/// first; the page and the total come from the same statement.
/// </summary>
public static class OverdueLinks
{
    private const string Sql = """
        WITH due AS (
            SELECT i.invitation_id, s.dyad_id, d.code, s.number, s.held_on, i.role, v.instrument_id, i.opens_at, i.expires_at,
                   i.reminded_at, i.reminder_count,
                   CASE WHEN s.held_on IS NULL THEN (i.created_at AT TIME ZONE 'UTC')::date
                        WHEN i.opens_at IS NOT NULL THEN (i.opens_at AT TIME ZONE 'UTC')::date
                        ELSE s.held_on END AS due_on
            FROM invitations i
            JOIN sessions s ON s.study_id = i.study_id AND s.session_id = i.session_id
            JOIN dyads d ON d.study_id = s.study_id AND d.dyad_id = s.dyad_id
            JOIN instrument_versions v ON v.study_id = i.study_id AND v.instrument_version_id = i.instrument_version_id
            WHERE i.study_id = @study AND i.status = 'open'
              AND (i.expires_at > @now OR i.expires_at IS NULL)
              AND (i.opens_at IS NULL OR i.opens_at <= @now)
              -- What the index row already tells of the due day (the opening's day, or the day the link was created
              -- where its session has no date): links due later and not expiring soon need no session lookup.
              AND (i.opens_at IS NULL OR (i.opens_at AT TIME ZONE 'UTC')::date <= @due_by OR (i.created_at AT TIME ZONE 'UTC')::date <= @due_by
                   OR i.expires_at <= @expiring_by)
              AND (@therapist IS NULL OR d.therapist_id = @therapist)
              AND NOT EXISTS (SELECT 1 FROM responses r WHERE r.study_id = i.study_id AND r.invitation_id = i.invitation_id)
              AND NOT EXISTS (SELECT 1 FROM withdrawals w WHERE w.study_id = i.study_id AND (w.invitation_id = i.invitation_id
                  OR (i.role = 'client' AND w.client_id = d.client_id) OR (i.role = 'therapist' AND w.therapist_id = d.therapist_id)))
        ), listed AS (
            SELECT due.*, greatest(0, @today - due_on) AS days FROM due WHERE due_on <= @due_by OR expires_at <= @expiring_by
        )
        SELECT invitation_id, dyad_id, code, number, held_on, role, instrument_id, due_on, days, opens_at, expires_at, reminded_at,
               reminder_count, count(*) OVER () AS total
        FROM (SELECT listed.*, max(days) OVER (PARTITION BY dyad_id) AS oldest FROM listed) x
        ORDER BY oldest DESC, code COLLATE "C", days DESC, number, role COLLATE "C", invitation_id
        OFFSET @offset LIMIT @limit
        """;

    /// <summary>One page of the list and its total.</summary>
    public static async Task<Page<OverdueLink>> PageAsync(AllianceDbContext db, OverdueQuery query, PageRequest request, CancellationToken ct)
    {
        var (rows, total) = await ReadAsync(db, query, request.Offset, request.Size, ct);
        if (rows.Count == 0 && request.Number > 1)
        {
            // Past the end (the list shrank since the link was made): the last page that has rows.
            (_, total) = await ReadAsync(db, query, 0, 1, ct);
            request = request.Within(total);
            (rows, total) = await ReadAsync(db, query, request.Offset, request.Size, ct);
        }
        return new Page<OverdueLink>(rows, request, total);
    }

    /// <summary>The whole list (the CSV to-do list).</summary>
    public static async Task<List<OverdueLink>> AllAsync(AllianceDbContext db, OverdueQuery query, CancellationToken ct) =>
        (await ReadAsync(db, query, 0, null, ct)).Rows;

    private static async Task<(List<OverdueLink> Rows, long Total)> ReadAsync(AllianceDbContext db, OverdueQuery query, int offset, int? limit,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Sql;
            Add(command, "study", NpgsqlDbType.Bigint, query.StudyId);
            Add(command, "therapist", NpgsqlDbType.Uuid, query.TherapistId);
            Add(command, "now", NpgsqlDbType.TimestampTz, query.Now.ToUniversalTime());
            Add(command, "today", NpgsqlDbType.Date, query.Today);
            Add(command, "due_by", NpgsqlDbType.Date, query.DueBy);
            Add(command, "expiring_by", NpgsqlDbType.TimestampTz, query.ExpiringBy.ToUniversalTime());
            Add(command, "offset", NpgsqlDbType.Integer, offset);
            Add(command, "limit", NpgsqlDbType.Integer, limit);
            var rows = new List<OverdueLink>();
            long total = 0;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add(new OverdueLink(
                    reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetInt32(3),
                    reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4), Role(reader.GetString(5)), reader.GetString(6),
                    reader.GetFieldValue<DateOnly>(7), reader.GetInt32(8), Moment(reader, 9), Moment(reader, 10), Moment(reader, 11),
                    reader.GetInt32(12)));
                total = reader.GetInt64(13);
            }
            return (rows, total);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static RaterRole Role(string name) =>
        RaterRoleNames.TryParse(name, out var role) ? role : throw new InvalidDataException($"unknown role '{name}' in invitations");

    private static DateTimeOffset? Moment(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : reader.GetFieldValue<DateTimeOffset>(column);

    private static void Add(DbCommand command, string name, NpgsqlDbType type, object? value) =>
        command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value ?? DBNull.Value });
}
