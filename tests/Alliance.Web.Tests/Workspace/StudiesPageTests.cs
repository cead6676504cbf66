using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;

namespace Alliance.Web.Tests.Workspace;

public class StudiesPageTests(RunningApp app) : IClassFixture<RunningApp>
{
    private static string Row(long studyId) => string.Create(CultureInfo.InvariantCulture, $"data-study=\"{studyId}\"");

    [Fact]
    public async Task SignedOutVisitorsAreSentToTheSignInPage()
    {
        using var browser = Researchers.Browser(app);

        using var response = await browser.GetAsync("/studies");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Contains("/login", location, StringComparison.Ordinal);
        Assert.Contains("ReturnUrl=%2Fstudies", location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AResearcherSeesOnlyTheirOwnStudiesWithTheirRole()
    {
        await using var db = app.OpenDb();
        var me = await Researchers.CreateAsync(db, StudyRoles.Analyst, "Study of mine");
        var someoneElse = await Researchers.CreateAsync(db, StudyRoles.Owner, "Study of someone else");
        using var browser = Researchers.Browser(app);
        (await Researchers.PostSignInAsync(browser, me.Email, me.Password)).Dispose();

        var page = await browser.GetStringAsync("/studies?lang=en");

        Assert.Contains(Row(me.StudyId), page, StringComparison.Ordinal);
        Assert.Contains("Study of mine", page, StringComparison.Ordinal);
        Assert.Contains("<td>analyst</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Row(someoneElse.StudyId), page, StringComparison.Ordinal);
        Assert.DoesNotContain("Study of someone else", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompletionCountsComeFromTheStudysInvitationsAndResponses()
    {
        await using var db = app.OpenDb();
        var demo = await Alliance.Data.Demo.DemoStudy.SeedAsync(db, "http://127.0.0.1:5000", 5, CancellationToken.None);
        var dyads = Alliance.Data.Demo.DemoStudy.Therapists * Alliance.Data.Demo.DemoStudy.ClientsPerTherapist;
        // Per dyad: the client's session form after every session, and both roles' alliance forms at 3, 6 and 10.
        var answered = dyads * (Alliance.Data.Demo.DemoStudy.AnsweredSessions + 2 * Alliance.Data.Demo.DemoStudy.AllianceSessions.Count);
        using var browser = Researchers.Browser(app);
        (await Researchers.PostSignInAsync(browser, demo.Email, demo.Password)).Dispose();

        var page = await browser.GetStringAsync("/studies?lang=en");

        var row = page[page.IndexOf(Row(demo.StudyId), StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        var counts = System.Text.RegularExpressions.Regex.Matches(row, "<td class=\"count\">(\\d+)</td>")
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToArray();
        // open (session 11: the client's session form), not open yet, submitted, expired, responses
        Assert.Equal([dyads, 0, answered, 0, answered], counts);
    }

    [Fact]
    public async Task GermanIsChosenFromAcceptLanguageOrTheLangParameter()
    {
        await using var db = app.OpenDb();
        var me = await Researchers.CreateAsync(db, StudyRoles.Owner);
        using var browser = Researchers.Browser(app);
        (await Researchers.PostSignInAsync(browser, me.Email, me.Password)).Dispose();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/studies");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("de-DE"));
        using var fromHeader = await browser.SendAsync(request);
        var fromQuery = await browser.GetStringAsync("/studies?lang=de");
        var login = await browser.GetStringAsync("/login?lang=de");

        var german = await fromHeader.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"de\">", german, StringComparison.Ordinal);
        Assert.Contains("Ihre Studien", german, StringComparison.Ordinal);
        Assert.Contains("Ihre Studien", fromQuery, StringComparison.Ordinal);
        Assert.Contains("Passwort", login, StringComparison.Ordinal);
    }
}
