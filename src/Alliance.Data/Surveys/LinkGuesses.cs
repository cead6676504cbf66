using Npgsql;

namespace Alliance.Data.Surveys;

/// <summary>
/// Counts unknown participant tokens per client address in <c>link_guesses</c>, so every web instance on the database
/// counts against the same limit. Asked only after the token's lookup found no link: a known token never reads or
/// writes a count, so what other requests from an address did never refuses a valid link.
/// </summary>
public static class LinkGuesses
{
    /// <summary>
    /// One statement, so concurrent guesses from one address each count (no read-modify-write) and a guess costs one
    /// round trip. A replaced link is no guess (its holder was given it): no row then. The window restarts at the
    /// first guess after it ended. The CTE drops up to 8 rows of other addresses whose window ended, oldest first, by the
    /// index: bounded work per guess, yet more than the one row a guess can add, so the table stays about as large as
    /// the number of addresses guessing within one window; rows another guess holds are skipped, so pruning never waits.
    /// </summary>
    private const string CountSql = """
        WITH pruned AS (
            DELETE FROM link_guesses WHERE client IN (
                SELECT client FROM link_guesses
                WHERE window_started_at <= $3 - $4 AND client <> $2
                ORDER BY window_started_at
                LIMIT 8
                FOR UPDATE SKIP LOCKED))
        INSERT INTO link_guesses AS g (client, window_started_at, guesses)
        SELECT $2, $3, 1
        WHERE NOT EXISTS (SELECT 1 FROM replaced_links r WHERE r.token_hash = $1)
        ON CONFLICT (client) DO UPDATE SET
            window_started_at = CASE WHEN g.window_started_at <= $3 - $4 THEN $3 ELSE g.window_started_at END,
            guesses = CASE WHEN g.window_started_at <= $3 - $4 THEN 1 ELSE g.guesses + 1 END
        RETURNING window_started_at, guesses
        """;

    /// <summary>
    /// Counts the token whose hash is <paramref name="tokenHash"/> as a guess by <paramref name="client"/> at
    /// <paramref name="now"/> in a fixed window of <paramref name="window"/>; returns the client's count, or null when
    /// the token is a replaced link and so no guess.
    /// </summary>
    public static async Task<GuessCount?> CountAsync(NpgsqlConnection connection, byte[] tokenHash, string client,
        DateTimeOffset now, TimeSpan window, CancellationToken ct)
    {
        await using var count = new NpgsqlCommand(CountSql, connection);
        count.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = tokenHash });
        count.Parameters.Add(new NpgsqlParameter<string> { TypedValue = client });
        count.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now.ToUniversalTime() });
        count.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = window });
        var reader = await count.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            return await reader.ReadAsync(ct).ConfigureAwait(false)
                ? new GuessCount(reader.GetFieldValue<DateTimeOffset>(0), reader.GetInt32(1))
                : null;
        }
    }
}
