using System.Security.Cryptography;
using System.Text.Json;
using Alliance.Data.Audit;
using Npgsql;
using NpgsqlTypes;

namespace Alliance.Data.Mail;

public sealed partial class MailQueue
{
    /// <summary>Longest failure reason kept (a server's reply, an exception message).</summary>
    public const int MaxErrorLength = 500;

    // One due message, locked for this transaction: another instance's claim skips it (docs/architecture.md,
    // "Background work", rule 3). The row stays locked while it is sent, so it is sent once unless this process dies
    // between the server's acceptance and the commit; then PostgreSQL unlocks it and it is sent again (at least once).
    private const string ClaimOne = """
        SELECT message_id, study_id, attempts, created_at, content FROM mail_messages
        WHERE next_attempt_at <= $1 AND status <> 'sent'
        ORDER BY next_attempt_at
        LIMIT 1
        FOR UPDATE SKIP LOCKED
        """;

    private const string MarkSent = """
        UPDATE mail_messages SET status = 'sent', attempts = $2, sent_at = $3, next_attempt_at = NULL, last_error = NULL
        WHERE message_id = $1
        """;

    private const string MarkFailed = """
        UPDATE mail_messages SET status = 'failed', attempts = $2, next_attempt_at = $3, last_error = $4
        WHERE message_id = $1
        """;

    private const string AddAudit = """
        INSERT INTO audit_log (study_id, audit_id, actor, action, detail, at) VALUES ($1, $2, 'mail', $3, $4::jsonb, $5)
        """;

    /// <summary>
    /// Sends due messages one at a time through <paramref name="send"/> until none is due or <paramref name="limit"/>
    /// have been tried; returns how many were tried. Each is claimed, sent and marked (sent, or failed with the reason
    /// and its next attempt by <see cref="MailRetry"/>) in one transaction; a study's message also gets an audit entry
    /// (<see cref="AuditActions.MailSent"/> or <see cref="AuditActions.MailFailed"/>) in it.
    /// </summary>
    public async Task<int> SendDueAsync(NpgsqlDataSource database, Func<QueuedMail, CancellationToken, Task> send,
        DateTimeOffset now, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(send);
        await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
        var tried = 0;
        while (tried < limit)
        {
            await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            var claimed = await ClaimAsync(connection, transaction, now, ct).ConfigureAwait(false);
            if (claimed is null)
            {
                return tried;
            }
            var (id, studyId, attempt, createdAt, content) = claimed.Value;
            string? error;
            string purpose = "";
            string masked = "";
            try
            {
                var message = Unprotect(content);
                purpose = message.Purpose;
                masked = EmailAddress.Mask(message.To);
                error = await TrySendAsync(send, new QueuedMail(id, studyId, attempt, createdAt, message), ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is CryptographicException or JsonException)
            {
                error = "The message cannot be read with this key ring: " + e.Message;
            }
            await MarkAsync(connection, transaction, id, attempt, error, now, ct).ConfigureAwait(false);
            if (studyId is { } study)
            {
                await AuditAsync(connection, transaction, study, error is null ? AuditActions.MailSent : AuditActions.MailFailed,
                    new { message_id = id, purpose, to = masked, attempt, error }, now, ct).ConfigureAwait(false);
            }
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            tried++;
        }
        return tried;
    }

    /// <summary>Null when sent; else the reason, as the page shows it.</summary>
    private static async Task<string?> TrySendAsync(Func<QueuedMail, CancellationToken, Task> send, QueuedMail mail, CancellationToken ct)
    {
        try
        {
            await send(mail, ct).ConfigureAwait(false);
            return null;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var reason = e.GetType().Name + ": " + e.Message;
            return reason.Length <= MaxErrorLength ? reason : reason[..MaxErrorLength];
        }
    }

    private static async Task<(Guid, long?, int, DateTimeOffset, byte[])?> ClaimAsync(NpgsqlConnection connection,
        NpgsqlTransaction transaction, DateTimeOffset now, CancellationToken ct)
    {
        await using var claim = new NpgsqlCommand(ClaimOne, connection, transaction);
        claim.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        await using var reader = await claim.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            return null;
        }
        return (reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.GetInt32(2) + 1,
            reader.GetFieldValue<DateTimeOffset>(3), reader.GetFieldValue<byte[]>(4));
    }

    private static async Task MarkAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, int attempt,
        string? error, DateTimeOffset now, CancellationToken ct)
    {
        await using var mark = new NpgsqlCommand(error is null ? MarkSent : MarkFailed, connection, transaction);
        mark.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        mark.Parameters.Add(new NpgsqlParameter<int> { TypedValue = attempt });
        if (error is null)
        {
            mark.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        }
        else
        {
            mark.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = (object?)MailRetry.NextAttempt(attempt, now) ?? DBNull.Value });
            mark.Parameters.Add(new NpgsqlParameter<string> { TypedValue = error });
        }
        await mark.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static async Task AuditAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long studyId,
        string action, object detail, DateTimeOffset now, CancellationToken ct)
    {
        await using var audit = new NpgsqlCommand(AddAudit, connection, transaction);
        audit.Parameters.Add(new NpgsqlParameter<long> { TypedValue = studyId });
        audit.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = Guid.CreateVersion7() });
        audit.Parameters.Add(new NpgsqlParameter<string> { TypedValue = action });
        audit.Parameters.Add(new NpgsqlParameter<string> { TypedValue = JsonSerializer.Serialize(detail, JsonSerializerOptions.Web) });
        audit.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        await audit.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
