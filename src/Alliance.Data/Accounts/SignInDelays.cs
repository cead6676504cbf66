using System.Data.Common;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Data.Accounts;

/// <summary>
/// The per-account sign-in delay, kept in <c>sign_in_failures</c> so every web instance applies the same one. State
/// is per (typed address, client): an attacker guessing an account's password from one client is slowed down
/// exponentially (<see cref="SignInDelayRule"/>), while the account's owner signing in from another client is not
/// delayed at all; and an address without an account is delayed exactly like one with, so the answer never tells.
/// </summary>
public sealed class SignInDelays(AllianceDbContext db, SignInDelayRule rule)
{
    /// <summary>Longest address kept (the column's length); longer ones cannot be accounts' and share one row.</summary>
    public const int MaxEmailLength = 320;

    // One statement, so concurrent wrong guesses from the same client each count (no read-modify-write). The streak
    // restarts at 1 when the last failure is older than the quiet period.
    private const string Streak = "CASE WHEN f.last_failed_at < @now - @quiet THEN 1 ELSE f.failures + 1 END";

    private const string RecordSql = $"""
        INSERT INTO sign_in_failures AS f (email, client, failures, last_failed_at, blocked_until)
        VALUES (@email, @client, 1, @now, CASE WHEN 1 >= @max_failures THEN @now + @first END)
        ON CONFLICT (email, client) DO UPDATE SET
            failures = {Streak},
            last_failed_at = @now,
            blocked_until = CASE WHEN {Streak} >= @max_failures
                THEN @now + LEAST(@first * power(2, LEAST({Streak} - @max_failures, 20)), @max) END
        RETURNING blocked_until
        """;

    /// <summary>The key an address is kept under: trimmed, lower-cased, cut to the column's length.</summary>
    public static string KeyOf(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var key = email.Trim().ToLowerInvariant();
        return key.Length > MaxEmailLength ? key[..MaxEmailLength] : key;
    }

    /// <summary>Until when <paramref name="client"/> must wait before trying <paramref name="email"/> again; null when it need not.</summary>
    public async Task<DateTimeOffset?> BlockedUntilAsync(string email, string client, DateTimeOffset now, CancellationToken ct)
    {
        var key = KeyOf(email);
        return await db.SignInFailures.AsNoTracking()
            .Where(f => f.Email == key && f.Client == client && f.BlockedUntil > now)
            .Select(f => f.BlockedUntil).SingleOrDefaultAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Counts one wrong password for <paramref name="email"/> from <paramref name="client"/>; returns until when
    /// the pair is now blocked (null: not yet). Rows of clients quiet for longer than the quiet period are dropped.
    /// </summary>
    public async Task<DateTimeOffset?> RecordFailureAsync(string email, string client, DateTimeOffset now, CancellationToken ct)
    {
        await db.SignInFailures.Where(f => f.LastFailedAt < now - rule.QuietReset && !(f.BlockedUntil > now))
            .ExecuteDeleteAsync(ct).ConfigureAwait(false);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = RecordSql;
            Add(command, "email", KeyOf(email));
            Add(command, "client", client);
            Add(command, "now", now.ToUniversalTime());
            Add(command, "quiet", rule.QuietReset);
            Add(command, "max_failures", rule.MaxFailures);
            Add(command, "first", rule.FirstDelay);
            Add(command, "max", rule.MaxDelay);
            var blocked = await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
            return blocked is DateTime at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc))
                : blocked as DateTimeOffset?;
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Ends the streak of <paramref name="client"/> for <paramref name="email"/> (a right password); other clients' stay.</summary>
    public Task ClearAsync(string email, string client, CancellationToken ct)
    {
        var key = KeyOf(email);
        return db.SignInFailures.Where(f => f.Email == key && f.Client == client).ExecuteDeleteAsync(ct);
    }

    private static void Add(DbCommand command, string name, object value) =>
        command.Parameters.Add(new NpgsqlParameter(name, value));
}
