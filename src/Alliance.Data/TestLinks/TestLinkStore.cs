using System.Text.Json;
using Alliance.Data.Accounts;
using Alliance.Data.Model;
using Alliance.Data.Surveys;
using Alliance.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.TestLinks;

/// <summary>
/// Test links (<see cref="TestLink"/>) and their answers (<see cref="TestAnswer"/>): made by the study's team, answered
/// on the participant's page at <c>/s/test/{token}</c>. Tokens are made and hashed as participant tokens are
/// (<see cref="SecretToken"/>) but looked up only in <c>test_links</c>, so neither kind of token opens the other's page.
/// Staging methods leave saving to the caller, which adds its audit entry and saves both at once.
/// </summary>
public static class TestLinkStore
{
    /// <summary>How long a test link takes answers: a week, as long as a participant link by default.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>
    /// Stages a test link for <paramref name="definitionJson"/> (a valid definition, whose loaded form is
    /// <paramref name="instrument"/>) in <paramref name="language"/>; returns the row and its token, which is stored
    /// only as its hash and so can be shown only now.
    /// </summary>
    public static (TestLink Link, string Token) Create(AllianceDbContext db, long studyId, Instrument instrument, string definitionJson,
        string language, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(instrument);
        var token = SecretToken.Create();
        var link = new TestLink
        {
            StudyId = studyId, TestLinkId = Guid.CreateVersion7(), TokenHash = SecretToken.HashOf(token), InstrumentId = instrument.Id,
            Version = instrument.Version, ContentHash = Alliance.Instruments.Loading.ContentHash.Compute(definitionJson),
            Definition = definitionJson, Language = language, CreatedAt = now, ExpiresAt = now + Lifetime,
        };
        db.TestLinks.Add(link);
        return (link, token);
    }

    /// <summary>The test link of <paramref name="token"/> while it has not expired, else null.</summary>
    public static async Task<TestLink?> FindAsync(AllianceDbContext db, string token, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var hash = ParticipantLinks.LookupHash(token, out var fits);
        if (!fits)
        {
            return null;
        }
        return await db.TestLinks.AsNoTracking().SingleOrDefaultAsync(l => l.TokenHash == hash && l.ExpiresAt > now, ct).ConfigureAwait(false);
    }

    /// <summary>Keeps <paramref name="answers"/> as the link's saved-for-later answers.</summary>
    public static Task<int> SaveDraftAsync(AllianceDbContext db, TestLink link, IReadOnlyDictionary<string, double?> answers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(link);
        var json = JsonSerializer.Serialize(answers);
        return db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE test_links SET draft = CAST({json} AS jsonb) WHERE study_id = {link.StudyId} AND test_link_id = {link.TestLinkId}", ct);
    }

    /// <summary>
    /// Stores checked answers once per <paramref name="idempotencyKey"/> and clears the saved-for-later answers, in one
    /// statement; false when the key was already used (a resent form), which stores nothing.
    /// </summary>
    public static async Task<bool> AddAnswerAsync(AllianceDbContext db, TestLink link, string idempotencyKey,
        IReadOnlyDictionary<string, double?> answers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(link);
        var json = JsonSerializer.Serialize(answers);
        var id = Guid.CreateVersion7();
        var stored = await db.Database.ExecuteSqlInterpolatedAsync($"""
            WITH added AS (
                INSERT INTO test_answers (study_id, test_answer_id, test_link_id, idempotency_key, answers, submitted_at)
                VALUES ({link.StudyId}, {id}, {link.TestLinkId}, {idempotencyKey}, CAST({json} AS jsonb), now())
                ON CONFLICT (study_id, test_link_id, idempotency_key) DO NOTHING
                RETURNING test_link_id)
            UPDATE test_links SET draft = NULL
            WHERE study_id = {link.StudyId} AND test_link_id IN (SELECT test_link_id FROM added)
            """, ct).ConfigureAwait(false);
        return stored == 1;
    }

    /// <summary>The study's test links, newest first, each with its answers in the order sent.</summary>
    public static async Task<IReadOnlyList<TestLinkAnswers>> ListAsync(AllianceDbContext db, long studyId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var links = await db.TestLinks.AsNoTracking().Where(l => l.StudyId == studyId)
            .OrderByDescending(l => l.CreatedAt).ToListAsync(ct).ConfigureAwait(false);
        var answers = await db.TestAnswers.AsNoTracking().Where(a => a.StudyId == studyId)
            .OrderBy(a => a.SubmittedAt).ToListAsync(ct).ConfigureAwait(false);
        var byLink = answers.ToLookup(a => a.TestLinkId);
        return [.. links.Select(l => new TestLinkAnswers(l, [.. byLink[l.TestLinkId]]))];
    }

    /// <summary>
    /// Stages the removal of the study's test link <paramref name="testLinkId"/> (null: of every test link of the
    /// study) with its answers; returns the ids removed, empty when there was none.
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> DeleteAsync(AllianceDbContext db, long studyId, Guid? testLinkId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.TestLinks.Where(l => l.StudyId == studyId && (testLinkId == null || l.TestLinkId == testLinkId))
            .ToListAsync(ct).ConfigureAwait(false);
        // The answers go with their link by the foreign key's ON DELETE CASCADE.
        db.TestLinks.RemoveRange(rows);
        return [.. rows.Select(r => r.TestLinkId)];
    }
}
