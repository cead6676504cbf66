using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Alliance.Data.Listing;

/// <summary>
/// The studies page's counts for every study an account is a member of, in one statement that reads no link: links
/// still open from <c>open_link_counts</c> (kept per therapist, day, due day, opening and expiry; a missing opening
/// stored as −infinity, a missing expiry as infinity), links in a final state from <c>completion_counts</c> (both the
/// dashboard's summaries, kept current by triggers in the transaction of every write), responses from
/// <c>response_counts</c> (kept the same way). Unanswered links are split as <see cref="Surveys.LinkStatus"/> does:
/// past its expiry is expired (before anything else, whether or not the expiry job has marked it), before its opening
/// is not open yet, else open. (It was one pass over all of a study's invitations: 306 ms of 480 on the 10,000-dyad
/// seed; then index-only counts of the open links, 30 ms for 56,093 of them, and of the responses, 106–160 ms.)
/// </summary>
public static class StudyProgress
{
    private const string Sql = """
        SELECT s.study_id, s.name, m.role, o.open, o.not_open, coalesce(f.submitted, 0), coalesce(f.expired, 0) + o.ran_out,
               (SELECT coalesce(sum(c.responses), 0) FROM response_counts c WHERE c.study_id = s.study_id)::bigint AS responses
        FROM study_members m
        JOIN studies s ON s.study_id = m.study_id
        CROSS JOIN LATERAL (
            SELECT coalesce(sum(o.links) FILTER (WHERE o.expires_at > @now AND o.opens_at <= @now), 0)::bigint AS open,
                   coalesce(sum(o.links) FILTER (WHERE o.expires_at > @now AND o.opens_at > @now), 0)::bigint AS not_open,
                   coalesce(sum(o.links) FILTER (WHERE o.expires_at <= @now), 0)::bigint AS ran_out
            FROM open_link_counts o
            WHERE o.study_id = s.study_id) o
        CROSS JOIN LATERAL (
            SELECT sum(c.submitted)::bigint AS submitted, sum(c.expired)::bigint AS expired
            FROM completion_counts c WHERE c.study_id = s.study_id) f
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
