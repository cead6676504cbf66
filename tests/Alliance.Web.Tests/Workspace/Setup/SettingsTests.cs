using System.Net;
using Alliance.Instruments;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Setup;

public class SettingsTests(RunningApp app) : IClassFixture<RunningApp>
{
    private static (string, string)[] Valid(params (string Name, string Value)[] changes)
    {
        var fields = new List<(string Name, string Value)>
        {
            ("name", "Renamed study"), ("languages", "en"), ("languages", "de"), ("defaultLanguage", "de"),
            ("consentRequired", "true"), ("consent[client-de]", "I agree that my answers are used for research."), ("linkExpiryDays", "30"),
        };
        foreach (var change in changes)
        {
            fields.RemoveAll(f => f.Name == change.Name);
            if (change.Value.Length > 0)
            {
                fields.Add(change);
            }
        }
        return [.. fields];
    }

    [Fact]
    public async Task SettingsAreSavedWithTheDefaultLanguageFirst()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;

        using var response = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "settings", Valid());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.OpenDb();
        var study = await db.Studies.SingleAsync(s => s.StudyId == owner.StudyId);
        Assert.Equal("Renamed study", study.Name);
        Assert.Equal(["de", "en"], study.Languages);
        Assert.True(study.ConsentRequired);
        Assert.Equal("I agree that my answers are used for research.",
            (await db.ConsentTexts.SingleAsync(c => c.StudyId == owner.StudyId && c.Role == RaterRole.Client && c.Language == "de")).Text);
        Assert.Equal(TimeSpan.FromDays(30), study.LinkExpiry);
        Assert.True(await db.AuditLog.AnyAsync(a => a.StudyId == owner.StudyId && a.Action == "setup.settings"));
        var page = await browser.GetStringAsync(response.Headers.Location);
        Assert.Contains("value=\"Renamed study\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name", "", "#name")]
    [InlineData("name", "                ", "#name")]
    [InlineData("languages", "", "#language-en")]
    [InlineData("defaultLanguage", "fr", "#default-language-en")]
    [InlineData("consent[client-de]", "", "#consent-client-de")]
    [InlineData("linkExpiryDays", "0", "#link-expiry")]
    [InlineData("linkExpiryDays", "366", "#link-expiry")]
    [InlineData("linkExpiryDays", "14.5", "#link-expiry")]
    [InlineData("linkExpiryDays", "-3", "#link-expiry")]
    [InlineData("linkExpiryDays", "", "#link-expiry")]
    public async Task InvalidSettingsAreRefusedWithTheFieldNamedAndNothingIsStored(string field, string value, string anchor)
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app, "Unchanged study");
        using var _ = browser;

        using var response = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "settings", Valid((field, value)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await SetupPages.TextAsync(response);
        Assert.Contains("class=\"error-summary\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{anchor}\"", page, StringComparison.Ordinal);
        await using var db = app.OpenDb();
        var study = await db.Studies.SingleAsync(s => s.StudyId == owner.StudyId);
        Assert.Equal("Unchanged study", study.Name);
        Assert.Equal(["en"], study.Languages);
        Assert.False(study.ConsentRequired);
        Assert.Equal(TimeSpan.FromDays(7), study.LinkExpiry);   // a new study's default window
    }

    [Fact]
    public async Task OverlongNameAndConsentTextAreRefused()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app, "Unchanged study");
        using var _ = browser;

        using var name = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "settings", Valid(("name", new string('n', 201))));
        using var consent = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "settings", Valid(("consent[client-de]", new string('c', 20_001))));

        Assert.Equal(HttpStatusCode.BadRequest, name.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, consent.StatusCode);
        Assert.Contains("at most 20,000 characters", await SetupPages.TextAsync(consent), StringComparison.Ordinal);
        await using var db = app.OpenDb();
        var study = await db.Studies.SingleAsync(s => s.StudyId == owner.StudyId);
        Assert.Equal("Unchanged study", study.Name);
        Assert.False(await db.ConsentTexts.AnyAsync(c => c.StudyId == owner.StudyId));
    }

    [Fact]
    public async Task ConsentTextMayBeEmptyWhenConsentIsNotRequired()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;

        using var response = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "settings",
            Valid(("consentRequired", ""), ("consent[client-de]", ""), ("languages", "en"), ("defaultLanguage", "en")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.OpenDb();
        var study = await db.Studies.SingleAsync(s => s.StudyId == owner.StudyId);
        Assert.False(study.ConsentRequired);
        Assert.False(await db.ConsentTexts.AnyAsync(c => c.StudyId == owner.StudyId));
        Assert.Equal(["en"], study.Languages);
    }

    [Fact]
    public async Task TheSetUpPageIsInGermanWithLangDe()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;

        var page = await browser.GetStringAsync(SetupPages.Url(owner.StudyId, "setup").Replace("lang=en", "lang=de", StringComparison.Ordinal));

        Assert.Contains("<html lang=\"de\">", page, StringComparison.Ordinal);
        Assert.Contains("Einrichtung der Studie", page, StringComparison.Ordinal);
        Assert.Contains("Fragebögen und Zeitplan", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }
}
