using System.Net;
using System.Text.Json;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Access;

public class MembersPageTests(RunningApp app) : IClassFixture<RunningApp>
{
    private static KeyValuePair<string, string> Field(string name, string value) => new(name, value);

    private static Task<HttpResponseMessage> PostAsync(HttpClient browser, long studyId, string handler, params KeyValuePair<string, string>[] fields) =>
        Researchers.PostFormAsync(browser, AccessPages.Url(studyId, "members"), fields, AccessPages.Url(studyId, "members", "&handler=" + handler));

    private static string Detail(AuditEntry entry, string property) =>
        JsonDocument.Parse(entry.Detail).RootElement.GetProperty(property).ToString();

    [Fact]
    public async Task TheListShowsEveryMemberWithRoleAndTheCliniciansTherapistCode()
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        var analyst = await Researchers.JoinAsync(db, owner.StudyId, StudyRoles.Analyst);
        var clinician = await Researchers.JoinAsync(db, owner.StudyId, StudyRoles.Clinician);
        var therapist = new Therapist { StudyId = owner.StudyId, TherapistId = Guid.CreateVersion7(), Code = "T-LIST-7" };
        db.Therapists.Add(therapist);
        await db.SaveChangesAsync();
        await db.StudyMembers.Where(m => m.StudyId == owner.StudyId && m.AccountId == clinician.AccountId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.TherapistId, therapist.TherapistId));
        var outsider = await Researchers.CreateAsync(db, StudyRoles.Owner);
        using var browser = await Researchers.SignedInAsync(app, owner);

        var page = await browser.GetStringAsync(AccessPages.Url(owner.StudyId, "members"));

        Assert.Contains(owner.Email, page, StringComparison.Ordinal);
        Assert.Contains(analyst.Email, page, StringComparison.Ordinal);
        Assert.Contains(clinician.Email, page, StringComparison.Ordinal);
        Assert.DoesNotContain(outsider.Email, page, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{therapist.TherapistId:D}\" selected=\"selected\">T-LIST-7</option>", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"analyst\" selected=\"selected\">analyst</option>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOwnerAddsAnExistingAccountByAddressAndTheAdditionIsAudited()
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        var account = await AccessPages.AccountAsync(db);
        using var browser = await Researchers.SignedInAsync(app, owner);

        using var response = await PostAsync(browser, owner.StudyId, "add", Field("email", "  " + account.Email.ToUpperInvariant() + " "), Field("role", "analyst"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var member = await db.StudyMembers.AsNoTracking().SingleAsync(m => m.StudyId == owner.StudyId && m.AccountId == account.AccountId);
        Assert.Equal(StudyRoles.Analyst, member.Role);
        var entry = Assert.Single(await AccessPages.AuditAsync(db, owner.StudyId, "member.add"));
        Assert.Equal(AccessPages.Actor(owner), entry.Actor);
        Assert.Equal(account.Email, Detail(entry, "email"));
        Assert.Equal("analyst", Detail(entry, "role"));
        var page = await browser.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains($"An e-mail went to {account.Email}. If the address has an account on this server, it is now a member as analyst;", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownAddressGetsTheSameAnswerAsAnAccountsSoThePageDoesNotTellWhichExist()
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        var account = await AccessPages.AccountAsync(db);
        using var browser = await Researchers.SignedInAsync(app, owner);
        var unknown = "nobody-" + account.Email;

        using var known = await PostAsync(browser, owner.StudyId, "add", Field("email", account.Email), Field("role", "researcher"));
        var knownPage = await browser.GetStringAsync(known.Headers.Location!.OriginalString);
        using var response = await PostAsync(browser, owner.StudyId, "add", Field("email", unknown), Field("role", "researcher"));
        var unknownPage = await browser.GetStringAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(known.StatusCode, response.StatusCode);
        Assert.Equal(known.Headers.Location, response.Headers.Location);
        static string Notice(string page, string email) =>
            System.Text.RegularExpressions.Regex.Match(page, "<p class=\"notice\" role=\"status\">([^<]*)</p>").Groups[1].Value
                .Replace(email, "ADDRESS", StringComparison.Ordinal);
        // The unknown address is invited instead (#17): a pending invitation, no member.
        Assert.Contains($"<th scope=\"row\">{unknown}</th>", unknownPage, StringComparison.Ordinal);
        Assert.Single(await AccessPages.AuditAsync(db, owner.StudyId, "member.invite"));
        Assert.Equal(Notice(knownPage, account.Email), Notice(unknownPage, unknown));
        Assert.Equal(2, db.StudyMembers.Count(m => m.StudyId == owner.StudyId));
        Assert.Single(await AccessPages.AuditAsync(db, owner.StudyId, "member.add"));
    }

    [Theory]
    [InlineData("", "researcher")]
    [InlineData("someone@example.org", "superuser")]
    public async Task AMissingAddressOrUnknownRoleIsRefused(string email, string role)
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        using var browser = await Researchers.SignedInAsync(app, owner);

        using var response = await PostAsync(browser, owner.StudyId, "add", Field("email", email), Field("role", role));

        var page = await AccessPages.BodyAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("class=\"error-summary\"", page, StringComparison.Ordinal);
        Assert.Equal(1, db.StudyMembers.Count(m => m.StudyId == owner.StudyId));
    }

    [Fact]
    public async Task AddingAMemberTwiceIsRefused()
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        var researcher = await Researchers.JoinAsync(db, owner.StudyId, StudyRoles.Researcher);
        using var browser = await Researchers.SignedInAsync(app, owner);

        using var response = await PostAsync(browser, owner.StudyId, "add", Field("email", researcher.Email), Field("role", "analyst"));

        var page = await AccessPages.BodyAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains($"{researcher.Email} is already a member of this study.", page, StringComparison.Ordinal);
        Assert.Equal(StudyRoles.Researcher, db.StudyMembers.AsNoTracking().Single(m => m.StudyId == owner.StudyId && m.AccountId == researcher.AccountId).Role);
    }

    [Fact]
    public async Task ARoleChangeTakesEffectAtOnceAndIsAuditedWithBothRoles()
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        var researcher = await Researchers.JoinAsync(db, owner.StudyId, StudyRoles.Researcher);
        using var browser = await Researchers.SignedInAsync(app, owner);
        using var theirs = await Researchers.SignedInAsync(app, researcher);
        using (var before = await theirs.GetAsync(AccessPages.Url(owner.StudyId, "exports")))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var response = await PostAsync(browser, owner.StudyId, "role", Field("account", researcher.AccountId.ToString("D")), Field("role", "clinician"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var after = await theirs.GetAsync(AccessPages.Url(owner.StudyId, "exports"));
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        var entry = Assert.Single(await AccessPages.AuditAsync(db, owner.StudyId, "member.role"));
        Assert.Equal("researcher", Detail(entry, "from"));
        Assert.Equal("clinician", Detail(entry, "to"));
        Assert.Equal(researcher.Email, Detail(entry, "email"));
    }

    [Fact]
    public async Task TheOnlyOwnerCanNeitherBeDemotedNorRemoved()
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        await Researchers.JoinAsync(db, owner.StudyId, StudyRoles.Researcher);
        using var browser = await Researchers.SignedInAsync(app, owner);
        var id = owner.AccountId.ToString("D");

        using var demote = await PostAsync(browser, owner.StudyId, "role", Field("account", id), Field("role", "researcher"));
        using var remove = await PostAsync(browser, owner.StudyId, "remove", Field("account", id));

        foreach (var response in new[] { demote, remove })
        {
            var page = await AccessPages.BodyAsync(response, HttpStatusCode.BadRequest);
            Assert.Contains($"{owner.Email} is the study&#x27;s only owner. A study must always keep an owner", page, StringComparison.Ordinal);
        }
        Assert.Equal(StudyRoles.Owner, db.StudyMembers.AsNoTracking().Single(m => m.StudyId == owner.StudyId && m.AccountId == owner.AccountId).Role);
        Assert.Empty(await AccessPages.AuditAsync(db, owner.StudyId, "member.role"));
        Assert.Empty(await AccessPages.AuditAsync(db, owner.StudyId, "member.remove"));
    }

    [Fact]
    public async Task WithASecondOwnerAnOwnerMayStepDownAndIsSentToTheirStudies()
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        var second = await Researchers.JoinAsync(db, owner.StudyId, StudyRoles.Owner);
        using var browser = await Researchers.SignedInAsync(app, owner);

        using var response = await PostAsync(browser, owner.StudyId, "role", Field("account", owner.AccountId.ToString("D")), Field("role", "analyst"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/studies?lang=en", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(StudyRoles.Analyst, db.StudyMembers.AsNoTracking().Single(m => m.StudyId == owner.StudyId && m.AccountId == owner.AccountId).Role);
        // Now the second owner is the last one.
        using var theirs = await Researchers.SignedInAsync(app, second);
        using var refused = await PostAsync(theirs, owner.StudyId, "remove", Field("account", second.AccountId.ToString("D")));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task AClinicianIsLinkedToATherapistOfThisStudyOnly()
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        var clinician = await Researchers.JoinAsync(db, owner.StudyId, StudyRoles.Clinician);
        var other = await Researchers.CreateAsync(db, StudyRoles.Owner);
        var mine = new Therapist { StudyId = owner.StudyId, TherapistId = Guid.CreateVersion7(), Code = "T-MINE" };
        var foreign = new Therapist { StudyId = other.StudyId, TherapistId = Guid.CreateVersion7(), Code = "T-FOREIGN" };
        db.Therapists.AddRange(mine, foreign);
        await db.SaveChangesAsync();
        using var browser = await Researchers.SignedInAsync(app, owner);
        var id = clinician.AccountId.ToString("D");

        using var refused = await PostAsync(browser, owner.StudyId, "link", Field("account", id), Field("therapist", foreign.TherapistId.ToString("D")));
        var refusedPage = await AccessPages.BodyAsync(refused, HttpStatusCode.BadRequest);
        Assert.Contains("Choose a therapist code of this study.", refusedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("T-FOREIGN", refusedPage, StringComparison.Ordinal);
        Assert.Null(db.StudyMembers.AsNoTracking().Single(m => m.StudyId == owner.StudyId && m.AccountId == clinician.AccountId).TherapistId);

        using var linked = await PostAsync(browser, owner.StudyId, "link", Field("account", id), Field("therapist", mine.TherapistId.ToString("D")));
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        Assert.Equal(mine.TherapistId, db.StudyMembers.AsNoTracking().Single(m => m.StudyId == owner.StudyId && m.AccountId == clinician.AccountId).TherapistId);
        var entry = Assert.Single(await AccessPages.AuditAsync(db, owner.StudyId, "member.link"));
        Assert.Equal("T-MINE", Detail(entry, "therapist"));
    }

    [Fact]
    public async Task OnlyCliniciansAreLinkedAndLeavingTheRoleDropsTheLink()
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        var analyst = await Researchers.JoinAsync(db, owner.StudyId, StudyRoles.Analyst);
        var clinician = await Researchers.JoinAsync(db, owner.StudyId, StudyRoles.Clinician);
        var therapist = new Therapist { StudyId = owner.StudyId, TherapistId = Guid.CreateVersion7(), Code = "T-ROLE" };
        db.Therapists.Add(therapist);
        await db.SaveChangesAsync();
        using var browser = await Researchers.SignedInAsync(app, owner);

        using var refused = await PostAsync(browser, owner.StudyId, "link", Field("account", analyst.AccountId.ToString("D")), Field("therapist", therapist.TherapistId.ToString("D")));
        (await PostAsync(browser, owner.StudyId, "link", Field("account", clinician.AccountId.ToString("D")), Field("therapist", therapist.TherapistId.ToString("D")))).Dispose();
        (await PostAsync(browser, owner.StudyId, "role", Field("account", clinician.AccountId.ToString("D")), Field("role", "researcher"))).Dispose();

        Assert.Contains("Only clinicians are linked to a therapist.", await AccessPages.BodyAsync(refused, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        var members = await db.StudyMembers.AsNoTracking().Where(m => m.StudyId == owner.StudyId).ToListAsync();
        Assert.Null(members.Single(m => m.AccountId == analyst.AccountId).TherapistId);
        var former = members.Single(m => m.AccountId == clinician.AccountId);
        Assert.Equal(StudyRoles.Researcher, former.Role);
        Assert.Null(former.TherapistId);
    }

    [Fact]
    public async Task RemovingAMemberEndsTheirAccessAndTheirTokensAndIsAudited()
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        var analyst = await Researchers.JoinAsync(db, owner.StudyId, StudyRoles.Analyst);
        using var browser = await Researchers.SignedInAsync(app, owner);
        using var theirs = await Researchers.SignedInAsync(app, analyst);

        using var response = await PostAsync(browser, owner.StudyId, "remove", Field("account", analyst.AccountId.ToString("D")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(db.StudyMembers.Any(m => m.StudyId == owner.StudyId && m.AccountId == analyst.AccountId));
        Assert.False(db.ApiTokens.Any(t => t.TokenId == analyst.TokenId));
        using var page = await theirs.GetAsync(AccessPages.Url(owner.StudyId, "exports"));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        using var api = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/studies/{owner.StudyId}/export");
        api.Headers.Authorization = new("Bearer", analyst.Token);
        using var apiResponse = await app.Client.SendAsync(api);
        Assert.Equal(HttpStatusCode.Unauthorized, apiResponse.StatusCode);
        var entry = Assert.Single(await AccessPages.AuditAsync(db, owner.StudyId, "member.remove"));
        Assert.Equal(analyst.Email, Detail(entry, "email"));
        Assert.Equal("analyst", Detail(entry, "role"));
    }

    [Theory]
    [InlineData("role")]
    [InlineData("link")]
    [InlineData("remove")]
    public async Task AMemberOfAnotherStudyCannotBeChangedThroughThisStudysPage(string handler)
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        var other = await Researchers.CreateAsync(db, StudyRoles.Clinician);
        using var browser = await Researchers.SignedInAsync(app, owner);

        using var response = await PostAsync(browser, owner.StudyId, handler,
            Field("account", other.AccountId.ToString("D")), Field("role", "owner"), Field("therapist", ""));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var member = db.StudyMembers.AsNoTracking().Single(m => m.StudyId == other.StudyId && m.AccountId == other.AccountId);
        Assert.Equal(StudyRoles.Clinician, member.Role);
        Assert.False(db.AuditLog.Any(a => a.StudyId == other.StudyId || (a.StudyId == owner.StudyId && a.Action.StartsWith("member."))));
    }

    [Fact]
    public async Task TwoOwnersDemotingEachOtherAtOnceLeaveTheStudyAnOwner()
    {
        await using var db = app.OpenDb();
        var first = await Researchers.CreateAsync(db, StudyRoles.Owner);
        var second = await Researchers.JoinAsync(db, first.StudyId, StudyRoles.Owner);
        using var firstBrowser = await Researchers.SignedInAsync(app, first);
        using var secondBrowser = await Researchers.SignedInAsync(app, second);
        var page = AccessPages.Url(first.StudyId, "members");
        var firstForm = await firstBrowser.GetStringAsync(page);
        var secondForm = await secondBrowser.GetStringAsync(page);

        var results = await Task.WhenAll(
            Demote(firstBrowser, firstForm, second),
            Demote(secondBrowser, secondForm, first));

        Assert.Equal(1, db.StudyMembers.Count(m => m.StudyId == first.StudyId && m.Role == StudyRoles.Owner));
        // One wins; the other is refused as the last owner (400) or, when its gate ran after the first commit, as no
        // longer an owner at all (403). Which one depends on timing; the study keeping an owner must not.
        Assert.Single(results, s => s == HttpStatusCode.Redirect);
        Assert.Single(results, s => s is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden);
        Assert.Single(await AccessPages.AuditAsync(db, first.StudyId, "member.role"));

        async Task<HttpStatusCode> Demote(HttpClient browser, string form, Researchers.Member whom)
        {
            var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
            using var response = await browser.PostAsync(AccessPages.Url(first.StudyId, "members", "&handler=role"), new FormUrlEncodedContent(
                [Field("account", whom.AccountId.ToString("D")), Field("role", "researcher"), Field("__RequestVerificationToken", token)]));
            return response.StatusCode;
        }
    }

    [Fact]
    public async Task ThePageSpeaksGermanWhenAsked()
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        using var browser = await Researchers.SignedInAsync(app, owner);

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync(AccessPages.Url(owner.StudyId, "members").Replace("lang=en", "lang=de", StringComparison.Ordinal)));

        Assert.Contains("<html lang=\"de\">", page, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"add\">Mitglied hinzufügen</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"owner\" selected=\"selected\">Leitung</option>", page, StringComparison.Ordinal);
        Assert.Contains("members?handler=add&lang=de", page, StringComparison.Ordinal);
    }
}
