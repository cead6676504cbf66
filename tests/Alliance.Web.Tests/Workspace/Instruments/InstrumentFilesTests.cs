using System.Net;
using Alliance.Instruments;
using Alliance.Instruments.Loading;
using Alliance.Interchange;
using Alliance.Testing.Hosting;
using Alliance.Web.Tests.Workspace.Setup;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Instruments;

/// <summary>
/// Uploading and downloading definitions, and a study instrument on the set-up page and in the preview (issue #16
/// items 3 and 4): one loader checks the upload, nothing is stored on any problem, a download is the definition as
/// stored, and set-up freezes an own instrument the way it freezes a shipped one.
/// </summary>
public sealed class InstrumentFilesTests(RunningApp app) : IClassFixture<RunningApp>
{
    private static readonly string OwnJson = InstrumentCatalog.ShippedDefinition("session-vas.json")!
        .Replace("\"id\": \"session-vas\"", "\"id\": \"own-vas\"", StringComparison.Ordinal);

    [Fact]
    public async Task AValidUploadIsStoredAndAuditedAndABrokenOneListsEveryProblemAndStoresNothing()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app, "Upload study");
        using var _ = browser;
        var broken = OwnJson.Replace("\"items\"", "\"itemz\"", StringComparison.Ordinal).Replace("\"own-vas\"", "\"Own VAS\"", StringComparison.Ordinal);

        using var refused = await DesignerForm.UploadAsync(browser, owner.StudyId, broken, "broken.json");
        var page = await SetupPages.TextAsync(refused);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("broken.json: $.itemz: unknown property 'itemz'", page, StringComparison.Ordinal);
        Assert.Contains("broken.json: $.id: 'Own VAS' is not valid here", page, StringComparison.Ordinal);
        Assert.Contains("broken.json: $: missing required field 'items'", page, StringComparison.Ordinal);
        await using (var db = app.OpenDb())
        {
            Assert.False(await db.OwnInstruments.AnyAsync(i => i.StudyId == owner.StudyId));
        }

        using var stored = await DesignerForm.UploadAsync(browser, owner.StudyId, OwnJson);
        Assert.Equal(HttpStatusCode.Redirect, stored.StatusCode);
        await using var after = app.OpenDb();
        var row = await after.OwnInstruments.SingleAsync(i => i.StudyId == owner.StudyId);
        Assert.Equal(ContentHash.Compute(OwnJson), row.ContentHash);
        Assert.True(await after.AuditLog.AnyAsync(a => a.StudyId == owner.StudyId && a.Action == "instrument.upload"));
    }

    [Fact]
    public async Task AnyInstrumentDownloadsAsItsDefinitionWithTheSameContentHash()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app, "Download study");
        using var _ = browser;
        (await DesignerForm.UploadAsync(browser, owner.StudyId, OwnJson)).Dispose();

        using var own = await browser.GetAsync(SetupPages.Url(owner.StudyId, "instruments") + "&handler=download&formId=own-vas&formVersion=" + Version());
        using var shipped = await browser.GetAsync(SetupPages.Url(owner.StudyId, "instruments") + "&handler=download&formId=wa-client");
        using var unknown = await browser.GetAsync(SetupPages.Url(owner.StudyId, "instruments") + "&handler=download&formId=nothing");

        Assert.Equal("application/json", own.Content.Headers.ContentType!.MediaType);
        Assert.Equal(ContentHash.Compute(OwnJson), ContentHash.Compute(await own.Content.ReadAsStringAsync()));
        Assert.Equal(InstrumentCatalog.Shipped.Get("wa-client").ContentHash, ContentHash.Compute(await shipped.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task AnyInstrumentDownloadsAsAFhirQuestionnaireThatImportsBackToTheSameContentHash()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app, "FHIR download study");
        using var _ = browser;
        (await DesignerForm.UploadAsync(browser, owner.StudyId, OwnJson)).Dispose();
        var page = await browser.GetStringAsync(SetupPages.Url(owner.StudyId, "instruments"));
        Assert.Contains("Download own-vas " + Version() + " as FHIR Questionnaire", page, StringComparison.Ordinal);
        Assert.Contains("Download wa-client as FHIR Questionnaire", page, StringComparison.Ordinal);

        using var own = await browser.GetAsync(SetupPages.Url(owner.StudyId, "instruments") + "&handler=download&formId=own-vas&formVersion=" + Version() + "&to=fhir");
        using var shipped = await browser.GetAsync(SetupPages.Url(owner.StudyId, "instruments") + "&handler=download&formId=wa-client&to=fhir");
        using var unknownFormat = await browser.GetAsync(SetupPages.Url(owner.StudyId, "instruments") + "&handler=download&formId=wa-client&to=redcap");

        Assert.Equal("application/fhir+json", own.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"own-vas-{Version()}.fhir.json", own.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(ContentHash.Compute(OwnJson), HashThroughFhir(await own.Content.ReadAsStreamAsync()));
        Assert.Equal(InstrumentCatalog.Shipped.Get("wa-client").ContentHash, HashThroughFhir(await shipped.Content.ReadAsStreamAsync()));
        Assert.Equal(HttpStatusCode.NotFound, unknownFormat.StatusCode);
    }

    private static string HashThroughFhir(Stream questionnaire)
    {
        var back = DefinitionImport.Read(ImportFormat.Fhir, questionnaire);
        Assert.Empty(back.Problems);
        return ContentHash.Compute(back.Definition!);
    }

    [Fact]
    public async Task SetUpOffersTheOwnInstrumentAndFreezesItAsStoredAndThePreviewShowsIt()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app, "Own form study");
        using var _ = browser;
        (await DesignerForm.UploadAsync(browser, owner.StudyId, OwnJson)).Dispose();

        var setup = await browser.GetStringAsync(SetupPages.Url(owner.StudyId, "setup"));
        Assert.Contains("value=\"client:own-vas\"", setup, StringComparison.Ordinal);
        using var added = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "addForm", ("choice", "client:own-vas"), ("sessionsMode", "every"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        using var wrongRole = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "addForm", ("choice", "therapist:own-vas"), ("sessionsMode", "every"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongRole.StatusCode);

        await using var db = app.OpenDb();
        var frozen = await db.InstrumentVersions.SingleAsync(v => v.StudyId == owner.StudyId);
        Assert.Equal(("own-vas", ContentHash.Compute(OwnJson)), (frozen.InstrumentId, frozen.ContentHash));
        var preview = await SetupPages.TextAsync(await browser.GetAsync(SetupPages.Url(owner.StudyId, "setup/preview/own-vas") + "&language=de"));
        var german = InstrumentLoader.Load(OwnJson, "own").GetOrThrow().Items[0].Text.Get("de");
        Assert.Contains(german, preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATestRunScoresTheAnswersAndStoresNothingAnywhere()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app, "Test run study");
        using var _ = browser;
        (await DesignerForm.UploadAsync(browser, owner.StudyId, OwnJson)).Dispose();
        var url = SetupPages.Url(owner.StudyId, "setup/preview/own-vas") + "&language=en&test=true";
        var instrument = InstrumentLoader.Load(OwnJson, "own").GetOrThrow();
        var answers = instrument.Items.Select((item, i) => KeyValuePair.Create("a." + item.Id, (i + 2).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var form = await browser.GetStringAsync(url);
        using var sent = await Researchers.PostFormAsync(browser, url, answers, url.Replace("&test=true", "&handler=test", StringComparison.Ordinal));
        var page = await SetupPages.TextAsync(sent);

        Assert.Contains("&handler=test", System.Net.WebUtility.HtmlDecode(form), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var expected = new Alliance.Instruments.Scoring.InstrumentScorer(instrument)
            .Score(instrument.Items.Select((item, i) => (item.Id, (double?)(i + 2))).ToDictionary(a => a.Id, a => a.Item2))["total"].Value!.Value;
        Assert.Contains($"data-score=\"total\">{expected.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}</td>", page, StringComparison.Ordinal);
        await using var db = app.OpenDb();
        Assert.False(await db.Invitations.AnyAsync(i => i.StudyId == owner.StudyId));
        Assert.False(await db.Responses.AnyAsync(r => r.StudyId == owner.StudyId));
        Assert.False(await db.Drafts.AnyAsync(d => d.StudyId == owner.StudyId));
    }

    private static string Version() => InstrumentLoader.Load(OwnJson, "own").GetOrThrow().Version;
}
