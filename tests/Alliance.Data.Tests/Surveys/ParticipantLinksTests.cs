using Alliance.Data.Invitations;
using Alliance.Data.Model;
using Alliance.Data.Surveys;
using Alliance.Instruments;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Data.Tests.Surveys;

/// <summary>The one link lookup the survey page, the API and the submission queue share, and the statements beside it.</summary>
public sealed class ParticipantLinksTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task ABatchLookupAnswersEachTokenInItsPlaceAndNullForAnUnknownOne()
    {
        var links = await IssueAsync("links-batch", consentRequired: false);
        var client2 = links.Single(l => IsClient(l) && l.Session.Number == 2);
        var therapist1 = links.Single(l => !IsClient(l) && l.Session.Number == 1);

        var found = await FindAsync([client2.Token, "no-such-token", therapist1.Token], withAnswers: false);

        Assert.Equal(3, found.Length);
        Assert.Null(found[1]);
        Assert.Equal(client2.Invitation.InvitationId, found[0]!.InvitationId);
        Assert.Equal((RaterRole.Client, 2), (found[0]!.Role, found[0]!.SessionNumber));
        Assert.Equal(therapist1.Invitation.InvitationId, found[2]!.InvitationId);
        Assert.Equal((RaterRole.Therapist, 1), (found[2]!.Role, found[2]!.SessionNumber));
        Assert.NotEqual(found[0]!.ParticipantId, found[2]!.ParticipantId);
        Assert.Equal(LinkState.Open, found[0]!.StatusAt(Now));
    }

    [Fact]
    public void ATokenFarTooLongIsLookedUpAsTheEmptyTokenAndDoesNotFit()
    {
        var hash = ParticipantLinks.LookupHash(new string('a', 129), out var fits);

        Assert.False(fits);
        Assert.Equal(ParticipantLinks.LookupHash("", out _), hash);
    }

    [Fact]
    public async Task ConsentGivenThroughOneLinkIsOnRecordForThatParticipantsOtherLinksOfTheSameRole()
    {
        var links = await IssueAsync("links-consent", consentRequired: true);
        var first = (await FindAsync([links.Single(l => IsClient(l) && l.Session.Number == 1).Token], false))[0]!;
        Assert.True(first.NeedsConsent);
        await using (var db = database.Open())
        {
            await new ParticipantChoices(db, TimeProvider.System).RecordConsentAsync(first, CancellationToken.None);
        }

        var found = await FindAsync(
            [links.Single(l => IsClient(l) && l.Session.Number == 2).Token, links.Single(l => !IsClient(l) && l.Session.Number == 2).Token], false);

        Assert.True(found[0]!.ConsentOnRecord);
        Assert.False(found[0]!.NeedsConsent);
        Assert.False(found[1]!.ConsentOnRecord);
        Assert.True(found[1]!.NeedsConsent);
    }

    [Fact]
    public async Task WithdrawingThroughOneLinkWithdrawsEveryLinkOfThatParticipantAndNoOneElse()
    {
        var links = await IssueAsync("links-withdraw", consentRequired: false);
        var first = (await FindAsync([links.Single(l => IsClient(l) && l.Session.Number == 1).Token], false))[0]!;
        await using (var db = database.Open())
        {
            await new ParticipantChoices(db, TimeProvider.System).WithdrawAsync(first, CancellationToken.None);
        }

        var found = await FindAsync(
            [links.Single(l => IsClient(l) && l.Session.Number == 2).Token, links.Single(l => !IsClient(l) && l.Session.Number == 2).Token], false);

        Assert.True(found[0]!.Withdrawn);
        Assert.Equal(LinkState.Withdrawn, found[0]!.StatusAt(Now));
        Assert.False(found[1]!.Withdrawn);
        Assert.Equal(LinkState.Open, found[1]!.StatusAt(Now));
    }

    [Fact]
    public async Task SavedAnswersComeOnlyWhenAskedForAndTheStoredResponseReplacesTheDraft()
    {
        var token = (await IssueAsync("links-answers", consentRequired: false)).First(IsClient).Token;
        var link = (await FindAsync([token], false))[0]!;
        await using (var db = database.Open())
        {
            Assert.Equal(1, await Drafts.SaveAsync(db, link, new Dictionary<string, double?> { ["q1"] = 2 }, CancellationToken.None));
        }
        Assert.Null((await FindAsync([token], withAnswers: false))[0]!.SavedAnswers);
        Assert.Equal("""{"q1": 2}""", (await FindAsync([token], withAnswers: true))[0]!.SavedAnswers);

        var submission = new AcceptedSubmission(link.StudyId, link.InvitationId, Guid.CreateVersion7(), "key-1",
            new Dictionary<string, double?> { ["q1"] = 3, ["q2"] = null }, new Dictionary<string, double?> { ["first"] = 3 }, null);
        await using (var connection = await OpenAsync())
        {
            var created = await SubmissionStore.StoreAsync(connection, [submission], Now, CancellationToken.None);
            Assert.Equal(submission.ResponseId, Assert.Single(created));
        }

        var stored = (await FindAsync([token], withAnswers: true))[0]!;
        Assert.Equal("""{"q1": 3, "q2": null}""", stored.SavedAnswers);
        Assert.Equal(LinkState.Submitted, stored.StatusAt(Now));
        Assert.Equal((submission.ResponseId, "key-1"), (stored.Stored!.ResponseId, stored.Stored.IdempotencyKey));
        Assert.Equal(3, StoredResponse.ScoresOf(stored.Stored.Scores)["first"]);
        await using (var db = database.Open())
        {
            // A late autosave after the submission is dropped, and the store removed the draft.
            Assert.Equal(0, await Drafts.SaveAsync(db, link, new Dictionary<string, double?> { ["q1"] = 1 }, CancellationToken.None));
            Assert.False(await db.Drafts.AnyAsync(d => d.StudyId == link.StudyId && d.InvitationId == link.InvitationId));
        }
    }

    [Fact]
    public async Task OfTwoSubmissionsOfOneLinkInOneStatementTheStoreKeepsOneAndTheLookupFindsIt()
    {
        var token = (await IssueAsync("links-store", consentRequired: true)).First(IsClient).Token;
        var link = (await FindAsync([token], false))[0]!;
        AcceptedSubmission Submission(string key) => new(link.StudyId, link.InvitationId, Guid.CreateVersion7(), key,
            new Dictionary<string, double?> { ["q1"] = 1 }, new Dictionary<string, double?>(), link.ConsentTextHash);

        await using var connection = await OpenAsync();
        var created = await SubmissionStore.StoreAsync(connection, [Submission("a"), Submission("b")], Now, CancellationToken.None);

        var winner = Assert.Single(created);
        var stored = await ParticipantLinks.StoredResponseAsync(connection, link.StudyId, link.InvitationId, CancellationToken.None);
        Assert.Equal(winner, stored.ResponseId);
        await using var db = database.Open();
        Assert.Equal(1, await db.ConsentRecords.CountAsync(c => c.StudyId == link.StudyId && c.InvitationId == link.InvitationId));
        Assert.Equal(InvitationStatus.Submitted,
            await db.Invitations.Where(i => i.InvitationId == link.InvitationId).Select(i => i.Status).SingleAsync());
    }

    [Fact]
    public async Task ConsentIsTheRolesTextInTheInvitationsLanguageElseInTheStudysFirstLanguage()
    {
        var links = await IssueAsync("links-consent-language", consentRequired: true);
        var studyId = links[0].Invitation.StudyId;
        await using (var db = database.Open())
        {
            await db.ConsentTexts.Where(c => c.StudyId == studyId).ExecuteDeleteAsync();
            var study = await db.Studies.SingleAsync(s => s.StudyId == studyId);
            study.Languages = ["en", "de"];
            study.Contact = new StudyContact("Study team", "team@example.org", null);
            study.ConsentTexts.AddRange(
            [
                new() { Role = RaterRole.Client, Language = "en", Text = "Client, English." },
                new() { Role = RaterRole.Client, Language = "de", Text = "Klient, Deutsch." },
                new() { Role = RaterRole.Therapist, Language = "en", Text = "Therapist, English." },
            ]);
            await db.SaveChangesAsync();
            await db.Invitations.Where(i => i.StudyId == studyId).ExecuteUpdateAsync(u => u.SetProperty(i => i.Language, "de"));
        }

        var found = await FindAsync(
            [links.Single(l => IsClient(l) && l.Session.Number == 1).Token, links.Single(l => !IsClient(l) && l.Session.Number == 1).Token], false);

        Assert.Equal(("Klient, Deutsch.", "de", false), (found[0]!.ConsentText, found[0]!.ConsentLanguage, found[0]!.ConsentInOtherLanguage));
        Assert.Equal(("Therapist, English.", "en", true), (found[1]!.ConsentText, found[1]!.ConsentLanguage, found[1]!.ConsentInOtherLanguage));
        Assert.NotEqual(found[0]!.ConsentTextHash, found[1]!.ConsentTextHash);
        Assert.Equal(new StudyContact("Study team", "team@example.org", null), found[0]!.Contact);
    }

    [Fact]
    public async Task AReissuedLinksOldTokenIsFoundAsReplacedAndNoLongerAsALink()
    {
        var issued = (await IssueAsync("links-replaced", consentRequired: false)).First(IsClient);
        await using (var db = database.Open())
        {
            var study = await db.Studies.SingleAsync(s => s.StudyId == issued.Invitation.StudyId);
            study.Contact = new StudyContact(null, null, "+49 30 1234567");
            var invitation = await db.Invitations.SingleAsync(i => i.StudyId == study.StudyId && i.InvitationId == issued.Invitation.InvitationId);
            var session = await db.Sessions.SingleAsync(s => s.StudyId == study.StudyId && s.SessionId == invitation.SessionId);
            InvitationIssuer.Reissue(invitation, session, study, DyadLanguages.None, "http://host/", Now);
            await db.SaveChangesAsync();
        }

        var oldHash = ParticipantLinks.LookupHash(issued.Token, out _);
        await using var connection = await OpenAsync();
        var former = await ParticipantLinks.FindReplacedAsync(connection, oldHash, CancellationToken.None);

        Assert.Null((await FindAsync([issued.Token], false))[0]);
        Assert.Equal(new FormerLink(issued.Invitation.StudyId, "en", new StudyContact(null, null, "+49 30 1234567")), former);
        Assert.Null(await ParticipantLinks.FindReplacedAsync(connection, ParticipantLinks.LookupHash("never-issued", out _), CancellationToken.None));
    }

    private static bool IsClient(IssuedLink link) => link.Invitation.Role == RaterRole.Client;

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private async Task<ParticipantLink?[]> FindAsync(string[] tokens, bool withAnswers)
    {
        await using var connection = await OpenAsync();
        return await ParticipantLinks.FindAsync(connection, [.. tokens.Select(t => ParticipantLinks.LookupHash(t, out _))], withAnswers,
            CancellationToken.None);
    }

    /// <summary>A study with one dyad and two past sessions, a client and a therapist form in each: four links.</summary>
    private async Task<IReadOnlyList<IssuedLink>> IssueAsync(string name, bool consentRequired)
    {
        var studyId = await TestStudies.CreateAsync(database.ConnectionString, name);
        await using var db = database.Open();
        var study = await db.Studies.SingleAsync(s => s.StudyId == studyId);
        study.ConsentRequired = consentRequired;
        study.ConsentTexts = consentRequired ? ConsentText.ForEveryRole(study.Languages[0], "I agree.") : [];
        var version = await db.InstrumentVersions.SingleAsync(v => v.StudyId == studyId);
        foreach (var (role, position) in new[] { (RaterRole.Client, 0), (RaterRole.Therapist, 1) })
        {
            db.ScheduledForms.Add(new ScheduledForm
            {
                StudyId = studyId, ScheduledFormId = Guid.CreateVersion7(), Role = role,
                InstrumentVersionId = version.InstrumentVersionId, SessionNumbers = [], Position = position,
            });
        }
        var therapist = new Therapist { StudyId = studyId, TherapistId = Guid.CreateVersion7(), Code = "T1" };
        var client = new Client { StudyId = studyId, ClientId = Guid.CreateVersion7(), Code = "C1" };
        var dyad = new Dyad
        {
            StudyId = studyId, DyadId = Guid.CreateVersion7(), Code = "T1-C1", TherapistId = therapist.TherapistId,
            ClientId = client.ClientId, StartedOn = new DateOnly(2026, 1, 1),
        };
        db.AddRange(therapist, client, dyad);
        await db.SaveChangesAsync();
        // Sessions held before Now, so their links are open at Now (a session ahead's link would not be open yet).
        var plans = new[] { 1, 2 }.Select(n => new SessionPlan(dyad.DyadId, n, new DateOnly(2026, 2, 1).AddDays(7 * n))).ToList();
        return await InvitationIssuer.RecordSessionsAsync(db, studyId, plans, "http://host/", Now, CancellationToken.None);
    }
}
