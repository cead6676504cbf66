using Alliance.Data.Accounts;
using Alliance.Data.TestLinks;
using Alliance.Instruments.Loading;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Tests.TestLinks;

/// <summary>
/// Test links (issue #16 item 3) in the database: a hashed token that expires, the definition as it was when the link
/// was made, answers stored once per key in their own table, and deleting a link takes its answers with it.
/// </summary>
public sealed class TestLinkStoreTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private static readonly Alliance.Instruments.Instrument Form = InstrumentLoader.Load(TestStudies.TwoScaleInstrument, "t-form").GetOrThrow();

    [Fact]
    public async Task ALinkIsFoundByItsTokenOnlyUntilItExpiresAndKeepsTheDefinitionItWasMadeFrom()
    {
        var study = await StudyAsync("find");
        var now = DateTimeOffset.UtcNow;
        await using var db = database.Open();
        var (link, token) = TestLinkStore.Create(db, study, Form, TestStudies.TwoScaleInstrument, "en", now);
        await db.SaveChangesAsync();

        var found = await TestLinkStore.FindAsync(db, token, now, CancellationToken.None);
        var late = await TestLinkStore.FindAsync(db, token, now + TestLinkStore.Lifetime, CancellationToken.None);
        var other = await TestLinkStore.FindAsync(db, SecretToken.Create(), now, CancellationToken.None);
        var tooLong = await TestLinkStore.FindAsync(db, new string('x', 5000), now, CancellationToken.None);

        Assert.Equal(link.TestLinkId, found?.TestLinkId);
        Assert.Equal(ContentHash.Compute(TestStudies.TwoScaleInstrument), found!.ContentHash);
        Assert.Equal(ContentHash.Compute(TestStudies.TwoScaleInstrument), ContentHash.Compute(found.Definition));
        Assert.Equal(SecretToken.HashOf(token), found.TokenHash);
        Assert.Null(late);
        Assert.Null(other);
        Assert.Null(tooLong);
    }

    [Fact]
    public async Task AnswersAreStoredOncePerKeyAndClearTheSavedDraft()
    {
        var study = await StudyAsync("answers");
        await using var db = database.Open();
        var (link, _) = TestLinkStore.Create(db, study, Form, TestStudies.TwoScaleInstrument, "en", DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        var answers = new Dictionary<string, double?> { ["x1"] = 2, ["x2"] = null, ["x3"] = 7.5 };

        await TestLinkStore.SaveDraftAsync(db, link, answers, CancellationToken.None);
        var draft = await db.TestLinks.AsNoTracking().Where(l => l.TestLinkId == link.TestLinkId).Select(l => l.Draft).SingleAsync();
        var first = await TestLinkStore.AddAnswerAsync(db, link, "k1", answers, CancellationToken.None);
        var again = await TestLinkStore.AddAnswerAsync(db, link, "k1", answers, CancellationToken.None);
        var second = await TestLinkStore.AddAnswerAsync(db, link, "k2", answers, CancellationToken.None);

        Assert.NotNull(draft);
        Assert.True(first);
        Assert.False(again);
        Assert.True(second);
        var listed = Assert.Single(await TestLinkStore.ListAsync(db, study, CancellationToken.None));
        Assert.Equal(2, listed.Answers.Count);
        Assert.Contains("7.5", listed.Answers[0].Answers, StringComparison.Ordinal);
        Assert.Null(listed.Link.Draft);
        Assert.False(await db.Responses.AnyAsync(r => r.StudyId == study));
        Assert.False(await db.Drafts.AnyAsync(d => d.StudyId == study));
    }

    [Fact]
    public async Task DeletingALinkDeletesItsAnswersAndOnlyInItsStudy()
    {
        var study = await StudyAsync("delete");
        var elsewhere = await StudyAsync("delete elsewhere");
        await using var db = database.Open();
        var (link, _) = TestLinkStore.Create(db, study, Form, TestStudies.TwoScaleInstrument, "en", DateTimeOffset.UtcNow);
        var (kept, _) = TestLinkStore.Create(db, study, Form, TestStudies.TwoScaleInstrument, "en", DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        await TestLinkStore.AddAnswerAsync(db, link, "k", new Dictionary<string, double?> { ["x1"] = 1 }, CancellationToken.None);

        var fromElsewhere = await TestLinkStore.DeleteAsync(db, elsewhere, link.TestLinkId, CancellationToken.None);
        await db.SaveChangesAsync();
        var removed = await TestLinkStore.DeleteAsync(db, study, link.TestLinkId, CancellationToken.None);
        await db.SaveChangesAsync();

        Assert.Empty(fromElsewhere);
        Assert.Equal(new[] { link.TestLinkId }, removed);
        Assert.False(await db.TestAnswers.AnyAsync(a => a.StudyId == study));
        Assert.Equal(new[] { kept.TestLinkId }, await db.TestLinks.Where(l => l.StudyId == study).Select(l => l.TestLinkId).ToListAsync());
        Assert.Equal(new[] { kept.TestLinkId }, await TestLinkStore.DeleteAsync(db, study, null, CancellationToken.None));
    }

    private async Task<long> StudyAsync(string name)
    {
        await using var db = database.Open();
        var study = new Model.Study { Name = name, CreatedAt = DateTimeOffset.UtcNow };
        db.Studies.Add(study);
        await db.SaveChangesAsync();
        return study.StudyId;
    }
}
