using System.Net;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Setup;

public class ParticipantsTests(RunningApp app) : IClassFixture<RunningApp>
{
    private async Task<(Researchers.Member Owner, HttpClient Browser)> WithPeopleAsync()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        (await SetupPages.PostAsync(browser, owner.StudyId, "participants", "addTherapist", ("code", "T01"))).Dispose();
        (await SetupPages.PostAsync(browser, owner.StudyId, "participants", "addClient", ("code", "C01"))).Dispose();
        (await SetupPages.PostAsync(browser, owner.StudyId, "setup", "addArm", ("code", "feedback"), ("cliniciansSee", "true"))).Dispose();
        return (owner, browser);
    }

    private static Task<HttpResponseMessage> PairAsync(HttpClient browser, long studyId, string therapist, string client, string arm, string startedOn) =>
        SetupPages.PostAsync(browser, studyId, "participants", "addDyad",
            ("therapist", therapist), ("client", client), ("arm", arm), ("startedOn", startedOn));

    [Fact]
    public async Task TherapistsAndClientsAreAddedByCodeAndListed()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;

        using var therapist = await SetupPages.PostAsync(browser, owner.StudyId, "participants", "addTherapist", ("code", " T.01_a "));
        using var client = await SetupPages.PostAsync(browser, owner.StudyId, "participants", "addClient", ("code", "C-01"));

        Assert.Equal(HttpStatusCode.Redirect, therapist.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, client.StatusCode);
        await using var db = app.OpenDb();
        Assert.Equal(["T.01_a"], await db.Therapists.Where(t => t.StudyId == owner.StudyId).Select(t => t.Code).ToListAsync());
        Assert.Equal(["C-01"], await db.Clients.Where(c => c.StudyId == owner.StudyId).Select(c => c.Code).ToListAsync());
        var page = await browser.GetStringAsync(SetupPages.Url(owner.StudyId, "participants"));
        Assert.Contains("<li>T.01_a</li>", page, StringComparison.Ordinal);
        Assert.Contains("<li>C-01</li>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("addTherapist", "", "#therapist-code")]
    [InlineData("addTherapist", "Anna Muster", "#therapist-code")]
    [InlineData("addClient", "C/01", "#client-code")]
    [InlineData("addClient", "Jürgen", "#client-code")]
    public async Task ACodeOfTheWrongShapeIsRefused(string handler, string code, string anchor)
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;

        using var response = await SetupPages.PostAsync(browser, owner.StudyId, "participants", handler, ("code", code));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"href=\"{anchor}\"", await SetupPages.TextAsync(response), StringComparison.Ordinal);
        await using var db = app.OpenDb();
        Assert.False(await db.Therapists.AnyAsync(t => t.StudyId == owner.StudyId));
        Assert.False(await db.Clients.AnyAsync(c => c.StudyId == owner.StudyId));
    }

    [Fact]
    public async Task ACodeOf65CharactersAndARepeatedCodeAreRefused()
    {
        var (owner, browser) = await WithPeopleAsync();
        using var _ = browser;

        using var tooLong = await SetupPages.PostAsync(browser, owner.StudyId, "participants", "addClient", ("code", new string('c', 65)));
        using var repeated = await SetupPages.PostAsync(browser, owner.StudyId, "participants", "addTherapist", ("code", "T01"));

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, repeated.StatusCode);
        Assert.Contains("already in use", await SetupPages.TextAsync(repeated), StringComparison.Ordinal);
        await using var db = app.OpenDb();
        Assert.Equal(1, await db.Therapists.CountAsync(t => t.StudyId == owner.StudyId));
        Assert.Equal(1, await db.Clients.CountAsync(c => c.StudyId == owner.StudyId));
    }

    [Fact]
    public async Task ATherapistAndAClientArePairedIntoADyadWithArmAndStartDate()
    {
        var (owner, browser) = await WithPeopleAsync();
        using var _ = browser;

        using var response = await PairAsync(browser, owner.StudyId, "T01", "C01", "feedback", "2026-03-02");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.OpenDb();
        var dyad = await db.Dyads.SingleAsync(d => d.StudyId == owner.StudyId);
        Assert.Equal("T01-C01", dyad.Code);
        Assert.Equal("feedback", dyad.Arm);
        Assert.Equal(new DateOnly(2026, 3, 2), dyad.StartedOn);
        Assert.Equal(await db.Therapists.Where(t => t.StudyId == owner.StudyId).Select(t => t.TherapistId).SingleAsync(), dyad.TherapistId);
        var page = await browser.GetStringAsync(SetupPages.Url(owner.StudyId, "participants"));
        Assert.Contains("<th scope=\"row\">T01-C01</th>", page, StringComparison.Ordinal);
        Assert.Contains("<td>2026-03-02</td>", page, StringComparison.Ordinal);
        // The start date in the page's language: German writes the day first (files and the API stay ISO).
        var german = await browser.GetStringAsync(SetupPages.Url(owner.StudyId, "participants").Replace("lang=en", "lang=de", StringComparison.Ordinal));
        Assert.Contains("<td>02.03.2026</td>", german, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADyadWithoutArmHasNone()
    {
        var (owner, browser) = await WithPeopleAsync();
        using var _ = browser;

        using var response = await PairAsync(browser, owner.StudyId, "T01", "C01", "", "2026-01-15");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.OpenDb();
        Assert.Null((await db.Dyads.SingleAsync(d => d.StudyId == owner.StudyId)).Arm);
    }

    [Theory]
    [InlineData("T99", "C01", "", "2026-03-02", "#dyad-therapist")]
    [InlineData("T01", "C99", "", "2026-03-02", "#dyad-client")]
    [InlineData("T01", "C01", "control", "2026-03-02", "#dyad-arm")]
    [InlineData("T01", "C01", "", "02.03.2026", "#dyad-started")]
    [InlineData("T01", "C01", "", "2026-02-30", "#dyad-started")]
    [InlineData("T01", "C01", "", "", "#dyad-started")]
    public async Task AnInvalidDyadIsRefusedAndNothingIsStored(string therapist, string client, string arm, string startedOn, string anchor)
    {
        var (owner, browser) = await WithPeopleAsync();
        using var _ = browser;

        using var response = await PairAsync(browser, owner.StudyId, therapist, client, arm, startedOn);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"href=\"{anchor}\"", await SetupPages.TextAsync(response), StringComparison.Ordinal);
        await using var db = app.OpenDb();
        Assert.False(await db.Dyads.AnyAsync(d => d.StudyId == owner.StudyId));
    }

    [Fact]
    public async Task TheSameDyadCannotBeAddedTwice()
    {
        var (owner, browser) = await WithPeopleAsync();
        using var _ = browser;
        (await PairAsync(browser, owner.StudyId, "T01", "C01", "", "2026-03-02")).Dispose();

        using var response = await PairAsync(browser, owner.StudyId, "T01", "C01", "feedback", "2026-04-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The dyad T01-C01 already exists", await SetupPages.TextAsync(response), StringComparison.Ordinal);
        await using var db = app.OpenDb();
        Assert.Null((await db.Dyads.SingleAsync(d => d.StudyId == owner.StudyId)).Arm);
    }
}
