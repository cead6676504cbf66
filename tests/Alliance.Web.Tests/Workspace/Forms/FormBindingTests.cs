using System.Net;
using Alliance.Testing.Hosting;
using Alliance.Web.Tests.Workspace.Setup;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Forms;

/// <summary>How workspace forms read numbers and report problems, through the set-up page's settings form.</summary>
public class FormBindingTests(RunningApp app) : IClassFixture<RunningApp>
{
    private static (string, string)[] Settings(string linkExpiryDays, string consentText = "Agreed.") =>
    [
        ("name", "Form study"), ("languages", "en"), ("defaultLanguage", "en"), ("consentRequired", "true"),
        ("consent[client-en]", consentText), ("linkExpiryDays", linkExpiryDays),
    ];

    [Theory]
    [InlineData("+30")]
    [InlineData("0x1E")]
    [InlineData("3 0")]
    [InlineData("٣٠")]
    public async Task ANumberIsReadAsInvariantDigitsOnly(string days)
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app, "Unchanged study");
        using var _ = browser;

        using var response = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "settings", Settings(days));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await SetupPages.TextAsync(response);
        Assert.Contains("href=\"#link-expiry\"", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{days}\"", page, StringComparison.Ordinal);
        await using var db = app.OpenDb();
        Assert.Equal("Unchanged study", (await db.Studies.SingleAsync(s => s.StudyId == owner.StudyId)).Name);
    }

    [Fact]
    public async Task SpacesAroundANumberAreIgnored()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;

        using var response = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "settings", Settings(" 30 "));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.OpenDb();
        Assert.Equal(TimeSpan.FromDays(30), (await db.Studies.SingleAsync(s => s.StudyId == owner.StudyId)).LinkExpiry);
    }

    [Fact]
    public async Task TheErrorSummaryListsProblemsInTheOrderOfTheFields()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;

        using var response = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "settings", Settings("0", consentText: ""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await SetupPages.TextAsync(response);
        var consent = page.IndexOf("href=\"#consent-client-en\"", StringComparison.Ordinal);
        var expiry = page.IndexOf("href=\"#link-expiry\"", StringComparison.Ordinal);
        Assert.InRange(consent, 0, expiry - 1);
        Assert.Contains("id=\"consent-client-en-error\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"link-expiry-error\"", page, StringComparison.Ordinal);
    }
}
