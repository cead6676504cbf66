using System.Net;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Sessions;

public class LinkPostBackTests(RunningApp app) : IClassFixture<RunningApp>
{
    private static string CsvUrl(long studyId) => SessionStudy.Url(studyId, "sessions/links?handler=csv&lang=en");

    private static string QrUrl(long studyId) => SessionStudy.Url(studyId, "sessions/links?handler=qr&lang=en");

    private async Task<(SessionStudy.Seeded Seeded, HttpClient Browser, List<(Guid Id, string Token, string Url)> Links)> IssuedAsync(
        string codePrefix = "T")
    {
        await using var db = app.OpenDb();
        var seeded = await SessionStudy.CreateAsync(db, codePrefix: codePrefix);
        var browser = await Researchers.SignedInAsync(app, seeded.Owner);
        using var response = await SessionStudy.RecordAsync(browser, seeded.StudyId, seeded.Dyads[0].DyadId, number: "3");
        return (seeded, browser, SessionStudy.Links(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task TheLinksCsvHasOneRowPerLinkForMailMergeAndIsAudited()
    {
        var (seeded, browser, links) = await IssuedAsync();
        using var _ = browser;

        using var response = await Researchers.PostFormAsync(browser, SessionStudy.Url(seeded.StudyId, "sessions?lang=en"),
            SessionStudy.PostBack(links), CsvUrl(seeded.StudyId));
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Mail merge reads the first seven columns by position: they stay; form_title and opens_at come after them.
        Assert.Equal("dyad,session,role,instrument,language,expires_at,url,form_title,opens_at", lines[0]);
        Assert.Equal(3, lines.Length);
        foreach (var link in links)
        {
            var line = Assert.Single(lines, l => l.Split(',')[6] == link.Url);
            var cells = line.Split(',');
            Assert.Equal(("T01-C01", "3", "en"), (cells[0], cells[1], cells[4]));
            Assert.Contains(cells[2], new[] { "client", "therapist" });
            Assert.Matches("^20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", cells[5]);
        }
        await using var db = app.OpenDb();
        var audit = await db.AuditLog.Where(a => a.StudyId == seeded.StudyId && a.Action == "links.csv").SingleAsync();
        Assert.Contains(links[0].Id.ToString("D"), audit.Detail, StringComparison.Ordinal);
        Assert.All(links, l => Assert.DoesNotContain(l.Token, audit.Detail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DyadCodesThatLookLikeFormulasAreNeutralisedInTheCsv()
    {
        var (seeded, browser, links) = await IssuedAsync(codePrefix: "=T");
        using var _ = browser;

        using var response = await Researchers.PostFormAsync(browser, SessionStudy.Url(seeded.StudyId, "sessions?lang=en"),
            SessionStudy.PostBack(links), CsvUrl(seeded.StudyId));
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Contains("\n'=T01-C01,3,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\n=T01", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheQrSheetHasOneCardPerLinkWithAnSvgCodeAndTheUrl()
    {
        var (seeded, browser, links) = await IssuedAsync();
        using var _ = browser;

        using var response = await Researchers.PostFormAsync(browser, SessionStudy.Url(seeded.StudyId, "sessions?lang=en"),
            SessionStudy.PostBack(links), QrUrl(seeded.StudyId));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, CountOf(page, "class=\"qr-card\""));
        Assert.Equal(2, CountOf(page, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\""));
        Assert.Contains("role=\"img\" aria-label=\"QR code of the client link for dyad T01-C01, session 3\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", page, StringComparison.Ordinal);
        Assert.All(links, l => Assert.Contains($"<p class=\"qr-url\">{l.Url}</p>", page, StringComparison.Ordinal));
        await using var db = app.OpenDb();
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.StudyId == seeded.StudyId && a.Action == "links.qr-sheet"));
    }

    [Fact]
    public async Task APostBackWithAWrongTokenIsRefusedWhole()
    {
        var (seeded, browser, links) = await IssuedAsync();
        using var _ = browser;
        var forged = links.Select((l, k) => k == 1 ? (l.Id, links[0].Token, l.Url) : l).ToList();

        using var csv = await Researchers.PostFormAsync(browser, SessionStudy.Url(seeded.StudyId, "sessions?lang=en"),
            SessionStudy.PostBack(forged), CsvUrl(seeded.StudyId));
        using var qr = await Researchers.PostFormAsync(browser, SessionStudy.Url(seeded.StudyId, "sessions?lang=en"),
            SessionStudy.PostBack(forged), QrUrl(seeded.StudyId));

        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, qr.StatusCode);
        var body = await qr.Content.ReadAsStringAsync();
        Assert.Contains("could not be verified", body, StringComparison.Ordinal);
        Assert.DoesNotContain(links[0].Token, body, StringComparison.Ordinal);
        await using var db = app.OpenDb();
        Assert.False(await db.AuditLog.AnyAsync(a => a.StudyId == seeded.StudyId && a.Action.StartsWith("links.")));
    }

    [Fact]
    public async Task AnotherStudysInvitationCannotBePrintedThroughThisStudy()
    {
        var (mine, myBrowser, _) = await IssuedAsync();
        var (_, theirBrowser, theirLinks) = await IssuedAsync();
        using var a = myBrowser;
        using var b = theirBrowser;

        using var response = await Researchers.PostFormAsync(myBrowser, SessionStudy.Url(mine.StudyId, "sessions?lang=en"),
            SessionStudy.PostBack(theirLinks), QrUrl(mine.StudyId));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(theirLinks[0].Token, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClinicianCannotPrintLinksOfAnotherTherapistsDyad()
    {
        var (seeded, ownerBrowser, links) = await IssuedAsync();
        using var _ = ownerBrowser;
        await using var db = app.OpenDb();
        var otherTherapist = seeded.Dyads[1].TherapistId;
        var clinician = await SessionStudy.MemberAsync(db, seeded.StudyId, StudyRoles.Clinician, otherTherapist);
        using var browser = await Researchers.SignedInAsync(app, clinician);

        using var response = await Researchers.PostFormAsync(browser, SessionStudy.Url(seeded.StudyId, "sessions?lang=en"),
            SessionStudy.PostBack(links), CsvUrl(seeded.StudyId));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(links[0].Token, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReissuingWarnsFirstThenReplacesTheLink()
    {
        var (seeded, browser, links) = await IssuedAsync();
        using var _ = browser;
        var old = links[0];
        var page = SessionStudy.Url(seeded.StudyId, $"sessions/invitations/{old.Id:D}/reissue?lang=en");

        var confirm = await browser.GetStringAsync(page);
        using var stillWorks = await app.Client.GetAsync($"/api/v1/surveys/{old.Token}");
        using var response = await Researchers.PostFormAsync(browser, page, []);
        var fresh = Assert.Single(SessionStudy.Links(await response.Content.ReadAsStringAsync()));

        Assert.Contains("stops working at once", confirm, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stillWorks.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(old.Id, fresh.Id);
        Assert.NotEqual(old.Token, fresh.Token);
        using var oldNow = await app.Client.GetAsync($"/api/v1/surveys/{old.Token}");
        using var newNow = await app.Client.GetAsync($"/api/v1/surveys/{fresh.Token}");
        Assert.Equal(HttpStatusCode.NotFound, oldNow.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newNow.StatusCode);
        await using var db = app.OpenDb();
        var audit = await db.AuditLog.SingleAsync(a => a.StudyId == seeded.StudyId && a.Action == "links.reissue");
        Assert.DoesNotContain(fresh.Token, audit.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(old.Token, audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnsweredFormGetsNoNewLink()
    {
        var (seeded, browser, links) = await IssuedAsync();
        using var _ = browser;
        await using (var db = app.OpenDb())
        {
            await db.Invitations.Where(i => i.StudyId == seeded.StudyId && i.InvitationId == links[0].Id)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.Status, InvitationStatus.Submitted));
        }
        var page = SessionStudy.Url(seeded.StudyId, $"sessions/invitations/{links[0].Id:D}/reissue?lang=en");

        using var response = await Researchers.PostFormAsync(browser, SessionStudy.Url(seeded.StudyId, "sessions?lang=en"), [], page);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("gets no new link", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var survey = await app.Client.GetAsync($"/api/v1/surveys/{links[0].Token}");
        Assert.Equal(HttpStatusCode.OK, survey.StatusCode);
    }

    [Fact]
    public async Task AClinicianCannotReissueAnotherTherapistsLinkNorAnotherStudysByChangingTheUrl()
    {
        var (seeded, ownerBrowser, links) = await IssuedAsync();
        var (other, otherBrowser, otherLinks) = await IssuedAsync();
        using var a = ownerBrowser;
        using var b = otherBrowser;
        await using var db = app.OpenDb();
        var clinician = await SessionStudy.MemberAsync(db, seeded.StudyId, StudyRoles.Clinician, seeded.Dyads[1].TherapistId);
        using var browser = await Researchers.SignedInAsync(app, clinician);

        using var notTheirs = await browser.GetAsync(SessionStudy.Url(seeded.StudyId, $"sessions/invitations/{links[0].Id:D}/reissue?lang=en"));
        using var otherStudy = await ownerBrowser.GetAsync(SessionStudy.Url(seeded.StudyId, $"sessions/invitations/{otherLinks[0].Id:D}/reissue?lang=en"));

        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherStudy.StatusCode);
        Assert.NotEqual(other.StudyId, seeded.StudyId);
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
