using Alliance.Data.Surveys;
using Alliance.Web.Outages;
using Npgsql;

namespace Alliance.Web.Surveys;

/// <summary>
/// Resolves a participant token to its survey: the link by <see cref="ParticipantLinks"/> (the statement the
/// submission queue uses for its batches), its frozen instrument from the process-wide cache.
/// </summary>
internal sealed class SurveyLinks(NpgsqlDataSource database, FrozenInstruments instruments, TimeProvider clock)
{
    /// <summary>The survey of <paramref name="token"/>, or null; a lost connection is tried again (<see cref="ConnectionRetry"/>).</summary>
    public Task<SurveyInvitation?> FindAsync(string token, CancellationToken ct) =>
        ConnectionRetry.RunAsync(database, ConnectionRetry.RequestWindow, () => LookUpAsync(token, ct), ct);

    private async Task<SurveyInvitation?> LookUpAsync(string token, CancellationToken ct)
    {
        var hash = ParticipantLinks.LookupHash(token, out var fits);
        await using var connection = await database.OpenConnectionAsync(ct);
        var link = (await ParticipantLinks.FindAsync(connection, [hash], withAnswers: true, ct))[0];
        if (link is null || !fits)
        {
            return null;
        }
        var scorer = await instruments.GetAsync(link.ContentHash, link.InstrumentId,
            () => ParticipantLinks.DefinitionAsync(connection, link.StudyId, link.InstrumentVersionId, ct));
        return new SurveyInvitation(link, scorer, link.StatusAt(clock.GetUtcNow()));
    }

    /// <summary>
    /// The replaced link a token was, for a token <see cref="FindAsync"/> did not find; null when it never was one (the
    /// survey page then says "unknown", and the token counts as a guess).
    /// </summary>
    public async Task<FormerLink?> FindReplacedAsync(string token, CancellationToken ct)
    {
        var hash = ParticipantLinks.LookupHash(token, out var fits);
        if (!fits)
        {
            return null;
        }
        await using var connection = await database.OpenConnectionAsync(ct);
        return await ParticipantLinks.FindReplacedAsync(connection, hash, ct);
    }
}
