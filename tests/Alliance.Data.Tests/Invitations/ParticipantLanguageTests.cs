using Alliance.Data.Invitations;
using Alliance.Data.Model;
using Alliance.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Tests.Invitations;

public sealed class ParticipantLanguageTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task AGermanClientInAnEnglishFirstStudyGetsGermanLinksAndTheirTherapistEnglish()
    {
        var (studyId, dyadId) = await StudyWithDyadAsync("language-client", clientLanguage: "de", therapistLanguage: null);
        await using var db = database.Open();

        var links = await InvitationIssuer.RecordSessionsAsync(db, studyId, [new SessionPlan(dyadId, 1, new DateOnly(2026, 3, 1))],
            "http://h", Now, CancellationToken.None);

        await using var check = database.Open();
        var stored = await check.Invitations.Where(i => i.StudyId == studyId).ToDictionaryAsync(i => i.Role, i => i.Language);
        Assert.Equal(new Dictionary<RaterRole, string> { [RaterRole.Client] = "de", [RaterRole.Therapist] = "en" }, stored);
        Assert.All(links, l => Assert.Equal(stored[l.Invitation.Role], l.Invitation.Language));
    }

    [Fact]
    public async Task ALanguageTheStudyNoLongerOffersFallsBackToItsFirstLanguage()
    {
        var (studyId, dyadId) = await StudyWithDyadAsync("language-dropped", clientLanguage: "fr", therapistLanguage: "de");
        await using var db = database.Open();

        await InvitationIssuer.RecordSessionsAsync(db, studyId, [new SessionPlan(dyadId, 1, new DateOnly(2026, 3, 1))], "http://h", Now,
            CancellationToken.None);

        await using var check = database.Open();
        var stored = await check.Invitations.Where(i => i.StudyId == studyId).ToDictionaryAsync(i => i.Role, i => i.Language);
        Assert.Equal(new Dictionary<RaterRole, string> { [RaterRole.Client] = "en", [RaterRole.Therapist] = "de" }, stored);
    }

    [Fact]
    public async Task AReissuedLinkKeepsItsLanguageUnlessTheParticipantsLanguageChanged()
    {
        var (studyId, dyadId) = await StudyWithDyadAsync("language-reissue", clientLanguage: null, therapistLanguage: null);
        await using var db = database.Open();
        var links = await InvitationIssuer.RecordSessionsAsync(db, studyId, [new SessionPlan(dyadId, 1, new DateOnly(2026, 3, 1))],
            "http://h", Now, CancellationToken.None);
        var client = links.Single(l => l.Invitation.Role == RaterRole.Client);
        var study = await db.Studies.SingleAsync(s => s.StudyId == studyId);
        study.Languages = ["de", "en"];   // the study's first language changes: a link without a participant language keeps its own

        InvitationIssuer.Reissue(client.Invitation, client.Session, study, await DyadLanguages.OfDyadAsync(db, studyId, dyadId, CancellationToken.None),
            "http://h", Now.AddDays(1));
        var kept = client.Invitation.Language;
        await db.Clients.Where(c => c.StudyId == studyId).ExecuteUpdateAsync(u => u.SetProperty(c => c.Language, "de"));
        InvitationIssuer.Reissue(client.Invitation, client.Session, study, await DyadLanguages.OfDyadAsync(db, studyId, dyadId, CancellationToken.None),
            "http://h", Now.AddDays(2));
        await db.SaveChangesAsync();

        Assert.Equal("en", kept);
        await using var check = database.Open();
        Assert.Equal("de", await check.Invitations.Where(i => i.StudyId == studyId && i.InvitationId == client.Invitation.InvitationId)
            .Select(i => i.Language).SingleAsync());
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("de", "de")]
    [InlineData("fr", "en")]
    public void TheRuleIsTheParticipantsOfferedLanguageElseTheStudysFirst(string? chosen, string expected)
    {
        var study = new Study { Name = "rule", Languages = ["en", "de"] };

        Assert.Equal(expected, ParticipantLanguage.Of(study, chosen));
        Assert.Equal("de", ParticipantLanguage.Offered(study.Languages, " DE "));
        Assert.Null(ParticipantLanguage.Offered(study.Languages, "fr"));
        Assert.Equal(ParticipantLanguage.Fallback, ParticipantLanguage.Of(new Study { Name = "none", Languages = [] }, chosen));
    }

    /// <summary>A study (languages en, de) with one dyad whose client and therapist have the languages given, and a line per role.</summary>
    private async Task<(long StudyId, Guid DyadId)> StudyWithDyadAsync(string name, string? clientLanguage, string? therapistLanguage)
    {
        var studyId = await TestStudies.CreateAsync(database.ConnectionString, name);
        await using var db = database.Open();
        var study = await db.Studies.SingleAsync(s => s.StudyId == studyId);
        study.Languages = ["en", "de"];
        var version = await db.InstrumentVersions.SingleAsync(v => v.StudyId == studyId);
        foreach (var (role, position) in new[] { (RaterRole.Client, 0), (RaterRole.Therapist, 1) })
        {
            db.ScheduledForms.Add(new ScheduledForm
            {
                StudyId = studyId, ScheduledFormId = Guid.CreateVersion7(), Role = role, InstrumentVersionId = version.InstrumentVersionId, Position = position,
            });
        }
        var therapist = new Therapist { StudyId = studyId, TherapistId = Guid.CreateVersion7(), Code = "T1", Language = therapistLanguage };
        var client = new Client { StudyId = studyId, ClientId = Guid.CreateVersion7(), Code = "C1", Language = clientLanguage };
        var dyad = new Dyad
        {
            StudyId = studyId, DyadId = Guid.CreateVersion7(), Code = "T1-C1", TherapistId = therapist.TherapistId,
            ClientId = client.ClientId, StartedOn = new DateOnly(2026, 1, 1),
        };
        db.AddRange(therapist, client, dyad);
        await db.SaveChangesAsync();
        return (studyId, dyad.DyadId);
    }
}
