using Alliance.Data.Coordination;
using Npgsql;

namespace Alliance.Data.Invitations;

/// <summary>
/// Links expire in the data, not only on display (issue #21 item 3): an <c>open</c> invitation whose
/// <c>expires_at</c> has passed becomes <c>expired</c>, so the queries for open links (reminders, counts) read the
/// links still open rather than every link ever issued. Participants see no difference: a link past its expiry already
/// showed its expired page (<see cref="Surveys.LinkStatus"/> treats both alike), and a researcher can still give it a
/// new link (<see cref="InvitationIssuer.Reissue"/> reopens an expired invitation).
/// <para>
/// Safe with several web instances (docs/architecture.md, "Background work"): a run holds the advisory lock
/// <see cref="AdvisoryLockKey.LinkExpiry"/>, so a second instance waits and then finds nothing left to do; and each
/// batch updates only rows that are still <c>open</c> and past expiry, so even without the lock no link is counted
/// twice and a submission that commits first keeps its <c>submitted</c> (a submission that commits after sets
/// <c>submitted</c> over <c>expired</c>; its response decides what the participant sees). Batches of
/// <see cref="BatchSize"/> rows, each its own transaction, keep row locks short for participants submitting meanwhile.
/// The partial index <c>ix_invitations_study_id_expires_at</c> ((study_id, expires_at) WHERE status = 'open', shared with the
/// reminders and the dashboard) lets each batch read only open links; marking them also moves them into the dashboard's
/// kept counts (<c>completion_counts</c>, by trigger).
/// </para>
/// </summary>
public static class LinkExpiry
{
    /// <summary>Links marked per statement.</summary>
    public const int BatchSize = 5_000;

    private const string ExpireBatch = """
        WITH due AS (
            SELECT study_id, invitation_id FROM invitations
            WHERE status = 'open' AND expires_at <= $1
            ORDER BY expires_at
            LIMIT $2
            FOR UPDATE SKIP LOCKED)
        UPDATE invitations i SET status = 'expired'
        FROM due WHERE i.study_id = due.study_id AND i.invitation_id = due.invitation_id AND i.status = 'open'
        """;

    /// <summary>
    /// Marks every open link whose expiry is at or before <paramref name="now"/> expired, under the advisory lock;
    /// returns how many this call marked.
    /// </summary>
    public static async Task<int> ExpireDueAsync(string connectionString, DateTimeOffset now, CancellationToken ct)
    {
        await using var running = await AdvisoryLock.TakeAsync(connectionString, AdvisoryLockKey.LinkExpiry, ct).ConfigureAwait(false);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        var total = 0;
        int marked;
        do
        {
            await using var batch = new NpgsqlCommand(ExpireBatch, connection);
            batch.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
            batch.Parameters.Add(new NpgsqlParameter<int> { TypedValue = BatchSize });
            marked = await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            total += marked;
        }
        while (marked == BatchSize);
        return total;
    }
}
