using Alliance.Data.Import;
using Alliance.Data.Instruments;
using Alliance.Instruments.Loading;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Tests.Instruments;

/// <summary>
/// A study's own instruments (issue #16): stored only when the one loader accepts them, edited in place until an issued
/// link uses them, then changed only as a new version; drafts deleted, scheduled ones not.
/// </summary>
public sealed class StudyInstrumentStoreTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private static readonly string OwnForm = TestStudies.TwoScaleInstrument.Replace("\"t-form\"", "\"own-form\"", StringComparison.Ordinal);

    [Fact]
    public async Task ADefinitionIsStoredOnlyWhenTheLoaderAcceptsIt()
    {
        var study = await StudyAsync("store");
        await using var db = database.Open();
        var broken = TestDefinition.Write("broken", "1.0.0", "Broken", """ "items": [ { "id": "q1", "text": { "en": "One" }, "scale": "none" } ], "total": { "title": { "en": "T" }, "scoring": "mean", "missing": { "min_answered": 1 } } """);

        var problems = await StudyInstrumentStore.SaveAsync(db, study, broken, null, null, CancellationToken.None);
        await db.SaveChangesAsync();

        Assert.Contains(problems, p => p.Path == "$" && p.Message == "missing required field 'scales'");
        Assert.Contains(problems, p => p.Path == "$.items[0].scale" && p.Message == "unknown scale 'none'");
        Assert.False(await db.OwnInstruments.AnyAsync(i => i.StudyId == study));

        Assert.Empty(await StudyInstrumentStore.SaveAsync(db, study, OwnForm, "Licensed from the authors for this trial", null, CancellationToken.None));
        await db.SaveChangesAsync();
        var row = await db.OwnInstruments.SingleAsync(i => i.StudyId == study);
        Assert.Equal(("own-form", "1.2.0"), (row.InstrumentId, row.Version));
        Assert.Equal(ContentHash.Compute(OwnForm), row.ContentHash);
        Assert.Equal("Licensed from the authors for this trial", row.LicenceNote);
    }

    [Fact]
    public async Task AShippedIdOrALicensedTextFileIsRefusedAtItsField()
    {
        var study = await StudyAsync("shipped id");
        await using var db = database.Open();
        var shipped = OwnForm.Replace("\"own-form\"", "\"wa-client\"", StringComparison.Ordinal)
            .Replace("\"licence\": \"CC0-1.0\",", "\"licence\": \"CC0-1.0\", \"item_text_file\": \"licensed/x.json\",", StringComparison.Ordinal);

        var problems = await StudyInstrumentStore.SaveAsync(db, study, shipped, null, null, CancellationToken.None);

        Assert.Equal(["$.id", "$.item_text_file"], problems.Select(p => p.Path));
    }

    [Fact]
    public async Task AnIssuedVersionIsFrozenAndAChangeGoesIntoANewVersion()
    {
        var study = await StudyAsync("issued");
        await using (var db = database.Open())
        {
            await StudyInstrumentStore.SaveAsync(db, study, OwnForm, null, null, CancellationToken.None);
            await db.SaveChangesAsync();
            await StudyInstruments.FreezeAsync(db, study, OwnForm, CancellationToken.None);
            Assert.Equal(StudyInstrumentUse.Scheduled, await StudyInstrumentStore.UseAsync(db, study, "own-form", "1.2.0", CancellationToken.None));
        }
        await ResponseImport.ImportAsync(database.ConnectionString, study, "own-form", new StringReader("""
            therapist,client,session,role,x1,x2,x3
            T1,C1,1,client,4,1,7.3
            """), ImportLayout.Wide, "test.csv", "test", CancellationToken.None);

        await using var after = database.Open();
        Assert.Equal(StudyInstrumentUse.Issued, await StudyInstrumentStore.UseAsync(after, study, "own-form", "1.2.0", CancellationToken.None));
        var edited = OwnForm.Replace("\"Three\"", "\"Three, reworded\"", StringComparison.Ordinal);
        var problems = await StudyInstrumentStore.SaveAsync(after, study, edited, null, ("own-form", "1.2.0"), CancellationToken.None);
        Assert.Equal("$.version", Assert.Single(problems).Path);
        Assert.Contains("in use by issued links", problems[0].Message, StringComparison.Ordinal);
        Assert.False(await StudyInstrumentStore.DeleteAsync(after, study, "own-form", "1.2.0", CancellationToken.None));

        var copy = await StudyInstrumentStore.NewVersionAsync(after, study, "own-form", "1.2.0", CancellationToken.None);
        await after.SaveChangesAsync();
        Assert.Equal("1.3.0", copy!.Version);
        Assert.Equal(StudyInstrumentUse.Draft, await StudyInstrumentStore.UseAsync(after, study, "own-form", "1.3.0", CancellationToken.None));
        var newer = edited.Replace("\"1.2.0\"", "\"1.3.0\"", StringComparison.Ordinal);
        Assert.Empty(await StudyInstrumentStore.SaveAsync(after, study, newer, null, ("own-form", "1.3.0"), CancellationToken.None));
        await after.SaveChangesAsync();
        var frozen = await after.InstrumentVersions.SingleAsync(v => v.StudyId == study && v.InstrumentId == "own-form");
        Assert.Equal(ContentHash.Compute(OwnForm), frozen.ContentHash);
    }

    [Fact]
    public async Task AScheduledVersionWithoutLinksTakesItsEditsIntoTheFrozenCopyAndCannotBeDeleted()
    {
        var study = await StudyAsync("scheduled");
        await using var db = database.Open();
        await StudyInstrumentStore.SaveAsync(db, study, OwnForm, null, null, CancellationToken.None);
        await db.SaveChangesAsync();
        await StudyInstruments.FreezeAsync(db, study, OwnForm, CancellationToken.None);
        var edited = OwnForm.Replace("\"One\"", "\"One, reworded\"", StringComparison.Ordinal);

        // A blank licence note (an empty field in the designer) is stored as none; the column refuses an empty one.
        Assert.Empty(await StudyInstrumentStore.SaveAsync(db, study, edited, "  ", ("own-form", "1.2.0"), CancellationToken.None));
        await db.SaveChangesAsync();

        Assert.Null((await db.OwnInstruments.AsNoTracking().SingleAsync(i => i.StudyId == study)).LicenceNote);
        var frozen = await db.InstrumentVersions.AsNoTracking().SingleAsync(v => v.StudyId == study && v.InstrumentId == "own-form");
        Assert.Equal(ContentHash.Compute(edited), frozen.ContentHash);
        Assert.Contains("One, reworded", frozen.Definition, StringComparison.Ordinal);
        Assert.False(await StudyInstrumentStore.DeleteAsync(db, study, "own-form", "1.2.0", CancellationToken.None));
    }

    [Fact]
    public async Task ADraftIsDeletedAndItsIdAndVersionMayChange()
    {
        var study = await StudyAsync("draft");
        await using var db = database.Open();
        await StudyInstrumentStore.SaveAsync(db, study, OwnForm, null, null, CancellationToken.None);
        await db.SaveChangesAsync();

        var renamed = OwnForm.Replace("\"own-form\"", "\"renamed\"", StringComparison.Ordinal);
        Assert.Empty(await StudyInstrumentStore.SaveAsync(db, study, renamed, null, ("own-form", "1.2.0"), CancellationToken.None));
        await db.SaveChangesAsync();
        Assert.Equal("renamed", (await db.OwnInstruments.SingleAsync(i => i.StudyId == study)).InstrumentId);

        Assert.True(await StudyInstrumentStore.DeleteAsync(db, study, "renamed", "1.2.0", CancellationToken.None));
        await db.SaveChangesAsync();
        Assert.False(await db.OwnInstruments.AnyAsync(i => i.StudyId == study));
    }

    [Fact]
    public async Task AParallelPairIsBuiltOneFormAtATimeAndAMissingPartnerIsReported()
    {
        var study = await StudyAsync("pair");
        await using var db = database.Open();
        Assert.Empty(await StudyInstrumentStore.SaveAsync(db, study, PairForm("pc", "client", null), null, null, CancellationToken.None));
        await db.SaveChangesAsync();

        Assert.Empty(await StudyInstrumentStore.SaveAsync(db, study, PairForm("pt", "therapist", "pc"), null, null, CancellationToken.None));
        await db.SaveChangesAsync();
        Assert.Empty(await StudyInstrumentStore.SaveAsync(db, study, PairForm("pc", "client", "pt"), null, ("pc", "1.0.0"), CancellationToken.None));

        var problems = await StudyInstrumentStore.SaveAsync(db, study, PairForm("px", "client", "nobody"), null, null, CancellationToken.None);
        Assert.Equal("$.parallel_form", Assert.Single(problems).Path);
    }

    [Theory]
    [InlineData("1.2.0", "1.3.0")]
    [InlineData("1.2.7-beta", "1.3.0")]
    [InlineData("draft", "1.0.0")]
    public void TheNextVersionIsTheNextFreeMinorVersion(string version, string next) =>
        Assert.Equal(next, StudyInstrumentVersions.Next(version, []));

    [Fact]
    public void TheNextVersionSkipsTakenOnes() =>
        Assert.Equal("1.5.0", StudyInstrumentVersions.Next("1.2.0", ["1.3.0", "1.4.0"]));

    private static string PairForm(string id, string rater, string? partner) => $$"""
        {
          "id": "{{id}}", "version": "1.0.0", "languages": ["en"], "title": { "en": "Pair form" }, "description": { "en": "A pair." },
          "raters": ["{{rater}}"], "construct": "pair-test"{{(partner is null ? "" : $", \"parallel_form\": \"{partner}\"")}},
          "validated": false, "citation": "tests", "licence": "CC0-1.0",
          "scales": [ { "id": "n", "type": "numeric", "min": 0, "max": 4 } ],
          "items": [ { "id": "a1", "text": { "en": "One" }, "scale": "n" } ],
          "total": { "title": { "en": "Total" }, "scoring": "sum", "missing": { "min_answered": 1 } }
        }
        """;

    private async Task<long> StudyAsync(string name)
    {
        await using var db = database.Open();
        var study = new Model.Study { Name = name, CreatedAt = DateTimeOffset.UtcNow };
        db.Studies.Add(study);
        await db.SaveChangesAsync();
        return study.StudyId;
    }
}
