using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Alliance.Data.Listing;

/// <summary>
/// The studies page's counts for every study an account is a member of, in one statement: one pass over each study's
/// invitations with four filtered counts (it was four correlated counts, each a scan of the study's invitations).
/// Unanswered invitations are split as <see cref="Surveys.LinkStatus"/> does: past its expiry is expired (before
/// anything else, whether or not the expiry job has marked it), before its opening is not open yet, else open.
/// </summary>
public static class StudyProgress
{
    private const string Sql = """
        SELECT s.study_id, s.name, m.role, c.open, c.not_open, c.submitted, c.expired,
               (SELECT count(*) FROM responses r WHERE r.study_id = s.study_id) AS responses
        FROM study_members m
        JOIN studies s ON s.study_id = m.study_id
        CROSS JOIN LATERAL (
            SELECT count(*) FILTER (WHERE i.status = 'open' AND (i.expires_at IS NULL OR i.expires_at > @now)
                                      AND (i.opens_at IS NULL OR i.opens_at <= @now)) AS open,
                   count(*) FILTER (WHERE i.status = 'open' AND (i.expires_at IS NULL OR i.expires_at > @now)
                                      AND i.opens_at > @now) AS not_open,
                   count(*) FILTER (WHERE i.status = 'submitted') AS submitted,
                   count(*) FILTER (WHERE i.status = 'expired' OR (i.status = 'open' AND i.expires_at <= @now)) AS expired
            FROM invitations i
            WHERE i.study_id = s.study_id) c
        WHERE m.account_id = @account
        ORDER BY s.study_id
        """;

    public static async Task<List<StudyCounts>> ForAccountAsync(AllianceDbContext db, Guid accountId, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Sql;
            command.Parameters.Add(new NpgsqlParameter("account", NpgsqlDbType.Uuid) { Value = accountId });
            command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now.ToUniversalTime() });
            var rows = new List<StudyCounts>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add(new StudyCounts(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4),
                    reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7)));
            }
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
