using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Alliance.Data.Demo;
using Alliance.Instruments;
using Alliance.Instruments.Scoring;
using Alliance.Web.Tests.Workspace.Setup;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Instruments;

/// <summary>
/// Test links (issue #16 item 3) on a demo study with real responses: answers sent through a test link are checked
/// and scored as a participant's, shown with their scores on the instruments page, and reach no export (long, wide,
/// dyadic, FHIR, bundle) and no dashboard; the two kinds of token never open each other's page; an expired or
/// deleted test link is an unknown link; another study's members neither see nor delete them.
/// </summary>
public sealed partial class TestLinkTests(TwoDemoStudies app) : IClassFixture<TwoDemoStudies>
{
    /// <summary>session-vas: four 0–10 lines in steps of 0.1, total = sum.</summary>
    private static readonly Dictionary<string, double> VasAnswers = new(StringComparer.Ordinal)
    {
        ["sv1"] = 7.3, ["sv2"] = 6.1, ["sv3"] = 9.4, ["sv4"] = 3.3,
    };

    [Fact]
    public async Task TestAnswersAreScoredOnTheInstrumentPageAndReachNoExportOrDashboard()
    {
        var (mine, _) = await app.StudiesAsync();
        using var researcher = await SignedInAsync(mine);
        var before = await ExportsAsync(mine);
        var storedBefore = await CountsAsync(mine.StudyId);

        var token = await TestLinkPages.MakeAsync(researcher, mine.StudyId, "session-vas", null, "en");
        using var participant = Researchers.Browser(app);
        var page = WebUtility.HtmlDecode(await participant.GetStringAsync("/s/test/" + token));
        using var sent = await TestLinkPages.AnswerAsync(participant, token, VasAnswers);
        var key = "resent-" + Guid.NewGuid().ToString("N");
        (await TestLinkPages.AnswerAsync(participant, token, VasAnswers, key)).Dispose();
        (await TestLinkPages.AnswerAsync(participant, token, VasAnswers, key)).Dispose();

        Assert.Contains("Test — answers are not study data", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.EndsWith("sent=true", sent.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var linkId = await LinkIdAsync(token);
        await using var db = app.OpenDb();
        var answerIds = await db.TestAnswers.Where(a => a.TestLinkId == linkId).OrderBy(a => a.SubmittedAt).Select(a => a.TestAnswerId).ToListAsync();
        Assert.Equal(2, answerIds.Count);
        Assert.Equal(storedBefore, await CountsAsync(mine.StudyId));

        var instruments = await SetupPages.TextAsync(await researcher.GetAsync(SetupPages.Url(mine.StudyId, "instruments")));
        var expected = new InstrumentScorer(InstrumentCatalog.Shipped.Get("session-vas")).Score(VasAnswers.ToDictionary(a => a.Key, a => (double?)a.Value));
        Assert.Equal(2, Regex.Count(instruments, Regex.Escape(
            $"data-score=\"total\">{expected["total"].Value!.Value.ToString("0.##", CultureInfo.InvariantCulture)}</td>")));
        Assert.Contains($"data-test-answer=\"{answerIds[0]}\"", instruments, StringComparison.Ordinal);

        var after = await ExportsAsync(mine);
        var dashboard = await researcher.GetStringAsync(string.Create(CultureInfo.InvariantCulture, $"/studies/{mine.StudyId}?lang=en"));
        foreach (var (format, text) in after)
        {
            Assert.Equal(before[format], text);
            Assert.DoesNotContain(linkId.ToString(), text, StringComparison.OrdinalIgnoreCase);
            Assert.All(answerIds, id => Assert.DoesNotContain(id.ToString(), text, StringComparison.OrdinalIgnoreCase));
        }
        Assert.DoesNotContain(linkId.ToString(), dashboard, StringComparison.OrdinalIgnoreCase);
        Assert.All(answerIds, id => Assert.DoesNotContain(id.ToString(), dashboard, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ATestTokenIsNoParticipantTokenAndAParticipantTokenIsNoTestToken()
    {
        var (mine, _) = await app.StudiesAsync();
        using var researcher = await SignedInAsync(mine);
        var token = await TestLinkPages.MakeAsync(researcher, mine.StudyId, "wa-client", null, "de");
        using var participant = Researchers.Browser(app);

        using var testOnSurvey = await participant.GetAsync("/s/" + token + "?lang=en");
        using var testOnApi = await participant.GetAsync("/api/v1/surveys/" + token);
        using var surveyOnTest = await participant.GetAsync("/s/test/" + mine.Links[0].Token + "?lang=en");
        using var testOnTest = await participant.GetAsync("/s/test/" + token);

        Assert.Equal(HttpStatusCode.NotFound, testOnSurvey.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, testOnApi.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, surveyOnTest.StatusCode);
        Assert.Contains("<h1>This link does not work</h1>", await surveyOnTest.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, testOnTest.StatusCode);
        Assert.Contains("Test – die Antworten sind keine Studiendaten", await SetupPages.TextAsync(testOnTest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpiredAndDeletedTestLinksAreUnknownLinksAndEveryChangeIsAudited()
    {
        var (mine, _) = await app.StudiesAsync();
        using var researcher = await SignedInAsync(mine);
        var expiring = await TestLinkPages.MakeAsync(researcher, mine.StudyId, "session-vas", null, "en");
        var deleted = await TestLinkPages.MakeAsync(researcher, mine.StudyId, "session-vas", null, "en");
        var kept = await TestLinkPages.MakeAsync(researcher, mine.StudyId, "session-vas", null, "en");
        using var participant = Researchers.Browser(app);
        (await TestLinkPages.AnswerAsync(participant, deleted, new Dictionary<string, double>(VasAnswers) { ["sv4"] = 1 })).Dispose();
        await using (var db = app.OpenDb())
        {
            var hash = Alliance.Data.Accounts.SecretToken.HashOf(expiring);
            await db.TestLinks.Where(l => l.TokenHash == hash).ExecuteUpdateAsync(s => s
                .SetProperty(l => l.CreatedAt, DateTimeOffset.UtcNow.AddDays(-8)).SetProperty(l => l.ExpiresAt, DateTimeOffset.UtcNow.AddDays(-1)));
        }
        var deletedId = await LinkIdAsync(deleted);

        using var delete = await SetupPages.PostAsync(researcher, mine.StudyId, "instruments", "deleteTestLink", ("testLinkId", deletedId.ToString()));
        using var expiredPage = await participant.GetAsync("/s/test/" + expiring + "?lang=en");
        using var deletedPage = await participant.GetAsync("/s/test/" + deleted + "?lang=en");
        using var keptPage = await participant.GetAsync("/s/test/" + kept + "?lang=en");

        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, keptPage.StatusCode);
        foreach (var gone in new[] { expiredPage, deletedPage })
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
            Assert.Contains("<h1>This link does not work</h1>", await gone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        await using (var db = app.OpenDb())
        {
            Assert.False(await db.TestAnswers.AnyAsync(a => a.TestLinkId == deletedId));
            var audited = await db.AuditLog.Where(a => a.StudyId == mine.StudyId && EF.Functions.Like(a.Action, "testlink.%")).Select(a => a.Action).ToListAsync();
            Assert.True(audited.Count(a => a == "testlink.create") >= 3, string.Join(", ", audited));
            Assert.Contains("testlink.delete", audited);
        }

        using var deleteAll = await SetupPages.PostAsync(researcher, mine.StudyId, "instruments", "deleteTestLinks");
        Assert.Equal(HttpStatusCode.Redirect, deleteAll.StatusCode);
        await using var after = app.OpenDb();
        Assert.False(await after.TestLinks.AnyAsync(l => l.StudyId == mine.StudyId));
        Assert.True(await after.AuditLog.AnyAsync(a => a.StudyId == mine.StudyId && a.Action == "testlink.deleteAll"));
    }

    [Fact]
    public async Task AMemberOfAnotherStudyNeitherSeesNorDeletesTestLinks()
    {
        var (mine, other) = await app.StudiesAsync();
        using var researcher = await SignedInAsync(mine);
        var token = await TestLinkPages.MakeAsync(researcher, mine.StudyId, "session-vas", null, "en");
        var id = await LinkIdAsync(token);
        using var stranger = await SignedInAsync(other);

        using var look = await stranger.GetAsync(SetupPages.Url(mine.StudyId, "instruments"));
        using var ownPage = await stranger.GetAsync(SetupPages.Url(other.StudyId, "instruments"));
        using var deleteThere = await SetupPages.PostAsync(stranger, other.StudyId, "instruments", "deleteTestLink", ("testLinkId", id.ToString()));

        Assert.Equal(HttpStatusCode.NotFound, look.StatusCode);
        Assert.DoesNotContain(id.ToString(), await ownPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, deleteThere.StatusCode);
        await using var db = app.OpenDb();
        Assert.True(await db.TestLinks.AnyAsync(l => l.TestLinkId == id));
    }

    private async Task<HttpClient> SignedInAsync(DemoStudyResult study)
    {
        var browser = Researchers.Browser(app);
        using var response = await Researchers.PostSignInAsync(browser, study.Email, study.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    private async Task<Guid> LinkIdAsync(string token)
    {
        await using var db = app.OpenDb();
        var hash = Alliance.Data.Accounts.SecretToken.HashOf(token);
        return await db.TestLinks.Where(l => l.TokenHash == hash).Select(l => l.TestLinkId).SingleAsync();
    }

    private async Task<(int Responses, int Drafts, int Invitations)> CountsAsync(long studyId)
    {
        await using var db = app.OpenDb();
        return (await db.Responses.CountAsync(r => r.StudyId == studyId), await db.Drafts.CountAsync(d => d.StudyId == studyId),
            await db.Invitations.CountAsync(i => i.StudyId == studyId));
    }

    /// <summary>Every export of the study as text: the three CSV layouts, the FHIR Bundle (its timestamp blanked) and each file of the zip bundle.</summary>
    private async Task<Dictionary<string, string>> ExportsAsync(DemoStudyResult study)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var format in new[] { "long", "wide", "dyadic", "fhir" })
        {
            var text = System.Text.Encoding.UTF8.GetString(await ExportAsync(study, $"format={format}"));
            texts[format] = format == "fhir" ? FhirTimestamp().Replace(text, "\"timestamp\":\"\"") : text;
        }
        using var zip = new ZipArchive(new MemoryStream(await ExportAsync(study, "format=wide&bundle=zip")));
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            texts["bundle/" + entry.FullName] = await reader.ReadToEndAsync();
        }
        return texts;
    }

    private async Task<byte[]> ExportAsync(DemoStudyResult study, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, string.Create(CultureInfo.InvariantCulture, $"/api/v1/studies/{study.StudyId}/export?{query}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", study.ApiToken);
        using var response = await app.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [GeneratedRegex("\"timestamp\"\\s*:\\s*\"[^\"]*\"")]
    private static partial Regex FhirTimestamp();
}
