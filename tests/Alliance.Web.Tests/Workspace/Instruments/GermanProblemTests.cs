using System.Net;
using Alliance.Instruments;
using Alliance.Testing.Hosting;
using Alliance.Web.Tests.Workspace.Setup;

namespace Alliance.Web.Tests.Workspace.Instruments;

/// <summary>
/// The definition loader's problems on the German designer and upload pages are worded in German (issue #16): the
/// loader keeps each problem's kind and arguments, and the page words them in its language; the English pages and
/// the CLI keep the loader's English.
/// </summary>
public sealed class GermanProblemTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task TheGermanDesignerShowsTheLoadersProblemsInGermanAtTheirFields()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app, "German designer study");
        using var _ = browser;
        var fields = DesignerForm.Valid(german: false);
        fields.RemoveAll(f => f.Name == "scales[0].max");
        fields.Add(("scales[0].max", "five"));

        using var response = await DesignerForm.PostAsync(browser, DesignerForm.Url(owner.StudyId).Replace("lang=en", "lang=de", StringComparison.Ordinal), fields, "save");
        var page = await SetupPages.TextAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<p class=\"error\" id=\"f-items-0-text-error\">Übersetzung für die angegebene Sprache 'de' fehlt</p>", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"error\" id=\"f-scales-0-max-error\">erwartet: eine endliche Zahl; gefunden: der Text \"five\"</p>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("missing translation", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGermanUploadOfAnInvalidDefinitionListsGermanProblemsWithTheirPlaces()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app, "German upload study");
        using var _ = browser;
        var broken = InstrumentCatalog.ShippedDefinition("session-vas.json")!
            .Replace("\"id\": \"session-vas\"", "\"id\": \"Own VAS\"", StringComparison.Ordinal).Replace("\"items\"", "\"itemz\"", StringComparison.Ordinal);

        using var german = await DesignerForm.UploadAsync(browser, owner.StudyId, broken, "broken.json", language: "de");
        using var english = await DesignerForm.UploadAsync(browser, owner.StudyId, broken, "broken.json");
        var page = await SetupPages.TextAsync(german);

        Assert.Equal(HttpStatusCode.BadRequest, german.StatusCode);
        Assert.Contains("broken.json: $.itemz: unbekannte Eigenschaft 'itemz'; hier erlaubt:", page, StringComparison.Ordinal);
        Assert.Contains("broken.json: $.id: 'Own VAS' ist hier nicht gültig; erwartet: Kleinbuchstaben, Ziffern, '-' oder '_'", page, StringComparison.Ordinal);
        Assert.Contains("broken.json: $: Pflichtfeld 'items' fehlt", page, StringComparison.Ordinal);
        Assert.Contains("broken.json: $: missing required field 'items'", await SetupPages.TextAsync(english), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStudysOwnRulesAreInGermanOnTheGermanUploadPageToo()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app, "German study rules");
        using var _ = browser;
        var own = InstrumentCatalog.ShippedDefinition("session-vas.json")!.Replace("\"id\": \"session-vas\"", "\"id\": \"own-vas\"", StringComparison.Ordinal);
        (await DesignerForm.UploadAsync(browser, owner.StudyId, own)).Dispose();

        using var shipped = await DesignerForm.UploadAsync(browser, owner.StudyId, InstrumentCatalog.ShippedDefinition("session-vas.json")!, "vas.json", language: "de");
        using var again = await DesignerForm.UploadAsync(browser, owner.StudyId, own, "own.json", language: "de");
        using var againInEnglish = await DesignerForm.UploadAsync(browser, owner.StudyId, own, "own.json");

        Assert.Equal(HttpStatusCode.BadRequest, shipped.StatusCode);
        Assert.Contains("vas.json: $.id: 'session-vas' ist die ID eines mitgelieferten Fragebogens", await SetupPages.TextAsync(shipped), StringComparison.Ordinal);
        var version = InstrumentCatalog.Shipped.Get("session-vas").Version;
        Assert.Contains($"own.json: $.version: own-vas {version} gibt es in dieser Studie schon; wählen Sie eine andere Version",
            await SetupPages.TextAsync(again), StringComparison.Ordinal);
        Assert.Contains($"own.json: $.version: own-vas {version} already exists in this study; choose another version",
            await SetupPages.TextAsync(againInEnglish), StringComparison.Ordinal);
    }
}
