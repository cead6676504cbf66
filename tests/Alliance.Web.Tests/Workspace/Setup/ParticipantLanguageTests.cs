using System.Net;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Setup;

/// <summary>The participants page's language per therapist and client: chosen when adding, listed, changed, in the CSV list.</summary>
public class ParticipantLanguageTests(RunningApp app) : IClassFixture<RunningApp>
{
    /// <summary>A signed-in owner of a study offered in English (first) and German.</summary>
    private async Task<(Researchers.Member Owner, HttpClient Browser)> EnglishAndGermanAsync()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        await using var db = app.OpenDb();
        await db.Studies.Where(s => s.StudyId == owner.StudyId).ExecuteUpdateAsync(u => u.SetProperty(s => s.Languages, ["en", "de"]));
        return (owner, browser);
    }

    private async Task<Dictionary<string, string?>> ClientLanguagesAsync(long studyId)
    {
        await using var db = app.OpenDb();
        return await db.Clients.Where(c => c.StudyId == studyId).ToDictionaryAsync(c => c.Code, c => c.Language);
    }

    [Fact]
    public async Task AClientAddedInGermanIsListedWithItAndOneWithoutFollowsTheStudy()
    {
        var (owner, browser) = await EnglishAndGermanAsync();
        using var _ = browser;

        using var german = await SetupPages.PostAsync(browser, owner.StudyId, "participants", "addClient", ("code", "C01"), ("language", "de"));
        using var plain = await SetupPages.PostAsync(browser, owner.StudyId, "participants", "addClient", ("code", "C02"), ("language", ""));
        using var therapist = await SetupPages.PostAsync(browser, owner.StudyId, "participants", "addTherapist", ("code", "T01"), ("language", "en"));

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect], [german.StatusCode, plain.StatusCode, therapist.StatusCode]);
        Assert.Equal(new Dictionary<string, string?> { ["C01"] = "de", ["C02"] = null }, await ClientLanguagesAsync(owner.StudyId));
        var page = await browser.GetStringAsync(SetupPages.Url(owner.StudyId, "participants"));
        Assert.Contains("<li>C01 <span class=\"meta\">(German)</span></li>", page, StringComparison.Ordinal);
        Assert.Contains("<li>C02</li>", page, StringComparison.Ordinal);
        Assert.Contains("<li>T01 <span class=\"meta\">(English)</span></li>", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"\">The study&#x27;s first language (English)</option>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClientsLanguageIsChangedAndClearedBackToTheStudysFirst()
    {
        var (owner, browser) = await EnglishAndGermanAsync();
        using var _ = browser;
        (await SetupPages.PostAsync(browser, owner.StudyId, "participants", "addClient", ("code", "C01"))).Dispose();

        using var toGerman = await SetupPages.PostAsync(browser, owner.StudyId, "participants", "setClientLanguage", ("code", "C01"), ("language", "DE"));
        var afterGerman = await ClientLanguagesAsync(owner.StudyId);
        using var cleared = await SetupPages.PostAsync(browser, owner.StudyId, "participants", "setClientLanguage", ("code", "C01"), ("language", ""));

        Assert.Equal(HttpStatusCode.Redirect, toGerman.StatusCode);
        Assert.Equal("de", afterGerman["C01"]);   // the study's spelling of the tag
        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.Null((await ClientLanguagesAsync(owner.StudyId))["C01"]);
        await using var db = app.OpenDb();
        Assert.Equal(2, await db.AuditLog.CountAsync(a => a.StudyId == owner.StudyId && a.Action == "participants.client.language"));
    }

    [Theory]
    [InlineData("addClient", "#client-language")]
    [InlineData("setClientLanguage", "#client-change-language")]
    [InlineData("addDyad", "#dyad-client-language")]
    public async Task ALanguageTheStudyDoesNotOfferIsRefusedAtItsFieldAndNothingIsStored(string handler, string anchor)
    {
        var (owner, browser) = await EnglishAndGermanAsync();
        using var _ = browser;
        (await SetupPages.PostAsync(browser, owner.StudyId, "participants", "addTherapist", ("code", "T01"))).Dispose();
        (await SetupPages.PostAsync(browser, owner.StudyId, "participants", "addClient", ("code", "C01"))).Dispose();

        using var response = handler == "addDyad"
            ? await SetupPages.PostAsync(browser, owner.StudyId, "participants", handler,
                ("therapist", "T01"), ("client", "C01"), ("startedOn", "2026-03-02"), ("clientLanguage", "fr"))
            : await SetupPages.PostAsync(browser, owner.StudyId, "participants", handler, ("code", handler == "addClient" ? "C02" : "C01"), ("language", "fr"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await SetupPages.TextAsync(response);
        Assert.Contains($"href=\"{anchor}\"", page, StringComparison.Ordinal);
        Assert.Contains("This study does not offer the language “fr”", page, StringComparison.Ordinal);
        Assert.Equal(new Dictionary<string, string?> { ["C01"] = null }, await ClientLanguagesAsync(owner.StudyId));
        await using var db = app.OpenDb();
        Assert.False(await db.Dyads.AnyAsync(d => d.StudyId == owner.StudyId));
    }

    [Fact]
    public async Task ALanguageChosenWithADyadBecomesThePersonsAndNoneLeavesTheirs()
    {
        var (owner, browser) = await EnglishAndGermanAsync();
        using var _ = browser;
        (await SetupPages.PostAsync(browser, owner.StudyId, "participants", "addTherapist", ("code", "T01"), ("language", "en"))).Dispose();
        (await SetupPages.PostAsync(browser, owner.StudyId, "participants", "addClient", ("code", "C01"))).Dispose();

        using var response = await SetupPages.PostAsync(browser, owner.StudyId, "participants", "addDyad",
            ("therapist", "T01"), ("client", "C01"), ("arm", ""), ("startedOn", "2026-03-02"), ("therapistLanguage", ""), ("clientLanguage", "de"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.OpenDb();
        Assert.Equal("en", await db.Therapists.Where(t => t.StudyId == owner.StudyId).Select(t => t.Language).SingleAsync());
        Assert.Equal("de", await db.Clients.Where(c => c.StudyId == owner.StudyId).Select(c => c.Language).SingleAsync());
    }

    [Fact]
    public async Task TheCsvListsLanguageColumnsSetNewAndKnownParticipantsLanguages()
    {
        var (owner, browser) = await EnglishAndGermanAsync();
        using var _ = browser;
        (await SetupPages.PostAsync(browser, owner.StudyId, "participants", "addClient", ("code", "C01"), ("language", "en"))).Dispose();
        const string csv = """
            therapist,client,client_language,therapist_language
            T01,C01,de,
            T01,C02,,en
            T02,C03,DE,
            """;

        using var response = await SetupPages.PostAsync(browser, owner.StudyId, "participants", "bulk", ("csv", csv));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new Dictionary<string, string?> { ["C01"] = "de", ["C02"] = null, ["C03"] = "de" }, await ClientLanguagesAsync(owner.StudyId));
        await using var db = app.OpenDb();
        Assert.Equal(new Dictionary<string, string?> { ["T01"] = "en", ["T02"] = null },
            await db.Therapists.Where(t => t.StudyId == owner.StudyId).ToDictionaryAsync(t => t.Code, t => t.Language));
    }

    [Fact]
    public async Task ACsvLanguageTheStudyDoesNotOfferOrTwoLanguagesForOnePersonStoreNothingAndNameTheLine()
    {
        var (owner, browser) = await EnglishAndGermanAsync();
        using var _ = browser;
        const string csv = """
            therapist,client,arm,started_on,therapist_language,client_language
            T01,C01,,,en,de
            T01,C02,,,de,fr
            """;

        using var response = await SetupPages.PostAsync(browser, owner.StudyId, "participants", "bulk", ("csv", csv));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await SetupPages.TextAsync(response);
        Assert.Contains("Line 3, column 6 (client_language): the study does not offer the language “fr”.", page, StringComparison.Ordinal);
        Assert.Contains("Line 3, column 5 (therapist_language): T01 has another language on an earlier line.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Line 2,", page, StringComparison.Ordinal);
        await using var db = app.OpenDb();
        Assert.False(await db.Therapists.AnyAsync(t => t.StudyId == owner.StudyId));
        Assert.False(await db.Dyads.AnyAsync(d => d.StudyId == owner.StudyId));
    }
}
