using Alliance.Data.Accounts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Mail;

/// <summary>
/// Participants' unsubscribe links (table <c>mail_opt_outs</c>): one 256-bit token per participant (<see cref="SecretToken"/>),
/// looked up by its SHA-256 and kept encrypted so every mail to them carries the same link. Opening it and confirming
/// needs no sign-in; from then on nothing more is queued for them and what is still queued is dropped.
/// </summary>
public static class OptOuts
{
    private sealed record Kept(byte[] Token);

    /// <summary>The participant's unsubscribe link, made on first use.</summary>
    public static async Task<Uri> LinkAsync(AllianceDbContext db, IDataProtector protector, long studyId, Guid participantId,
        string baseUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(protector);
        var token = SecretToken.Create();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO mail_opt_outs (study_id, participant_id, token_hash, token_protected)
            VALUES ({studyId}, {participantId}, {SecretToken.HashOf(token)}, {protector.Protect(System.Text.Encoding.UTF8.GetBytes(token))})
            ON CONFLICT (study_id, participant_id) DO NOTHING
            """, ct).ConfigureAwait(false);
        var kept = await db.Database.SqlQuery<Kept>($"""
            SELECT token_protected AS "Token" FROM mail_opt_outs WHERE study_id = {studyId} AND participant_id = {participantId}
            """).SingleAsync(ct).ConfigureAwait(false);
        var stored = System.Text.Encoding.UTF8.GetString(protector.Unprotect(kept.Token));
        return new Uri($"{baseUrl.TrimEnd('/')}/u/{stored}");
    }

    /// <summary>Whether <paramref name="token"/> is an unsubscribe link; null when unknown, else whether it was already used.</summary>
    public static async Task<bool?> StateAsync(AllianceDbContext db, string token, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var states = await db.Database.SqlQuery<bool>(
            $"SELECT opted_out_at IS NOT NULL AS \"Value\" FROM mail_opt_outs WHERE token_hash = {SecretToken.HashOf(token)}").ToListAsync(ct).ConfigureAwait(false);
        return states.Count == 0 ? null : states[0];
    }

    private sealed record Who(long StudyId, Guid ParticipantId);

    /// <summary>
    /// Records the opt-out of the link's participant (once; again is harmless) and drops their unsent mail; false for an
    /// unknown token.
    /// </summary>
    public static async Task<bool> OptOutAsync(AllianceDbContext db, string token, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var who = await db.Database.SqlQuery<Who>($"""
            UPDATE mail_opt_outs SET opted_out_at = coalesce(opted_out_at, {now}) WHERE token_hash = {SecretToken.HashOf(token)}
            RETURNING study_id AS "StudyId", participant_id AS "ParticipantId"
            """).ToListAsync(ct).ConfigureAwait(false);
        if (who.Count == 0)
        {
            return false;
        }
        await db.Database.ExecuteSqlAsync($"""
            UPDATE mail_messages SET status = 'failed', next_attempt_at = NULL, last_error = 'The participant opted out of mail.'
            WHERE study_id = {who[0].StudyId} AND participant_id = {who[0].ParticipantId} AND status <> 'sent'
            """, ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return true;
    }
}
