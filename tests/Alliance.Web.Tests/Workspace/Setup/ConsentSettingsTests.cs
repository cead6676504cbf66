using System.Net;
using Alliance.Data.Model;
using Alliance.Instruments;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Setup;

/// <summary>The set-up page's consent texts per invited role and study language, and the study contact.</summary>
public class ConsentSettingsTests(RunningApp app) : IClassFixture<RunningApp>
{
    /// <summary>A signed-in owner of a study (English and German, English first) that invites clients and therapists.</summary>
    private async Task<(Researchers.Member Owner, HttpClient Browser)> InvitingBothAsync()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app, "Consent study");
        foreach (var (role, instrument) in new[] { ("client", "wa-client"), ("therapist", "wa-therapist") })
        {
            using var added = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "addForm",
                ("role", role), ("instrument", instrument), ("sessionsMode", "every"));
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }
        return (owner, browser);
    }

    private static (string, string)[] Settings(params (string Name, string Value)[] fields) =>
    [
        ("name", "Consent study"), ("languages", "en"), ("languages", "de"), ("defaultLanguage", "en"), ("consentRequired", "true"),
        ("linkExpiryDays", "7"), .. fields,
    ];

    [Fact]
    public async Task EachInvitedRoleGetsATextPerLanguageAndTheContactIsSaved()
    {
        var (owner, browser) = await InvitingBothAsync();
        using var _ = browser;

        using var response = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "settings", Settings(
            ("consent[client-en]", "Client text."), ("consent[client-de]", "Text für Klient·innen."),
            ("consent[therapist-en]", "Therapist text."), ("consent[therapist-de]", ""),
            ("contactName", "  Study team "), ("contactEmail", "team@example.org"), ("contactPhone", "")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.OpenDb();
        var texts = await db.ConsentTexts.Where(c => c.StudyId == owner.StudyId).OrderBy(c => c.Role).ThenBy(c => c.Language)
            .Select(c => new { c.Role, c.Language, c.Text }).ToListAsync();
        Assert.Equal([(RaterRole.Client, "de", "Text für Klient·innen."), (RaterRole.Client, "en", "Client text."), (RaterRole.Therapist, "en", "Therapist text.")],
            texts.ConvertAll(t => (t.Role, t.Language, t.Text)));
        var study = await db.Studies.AsNoTracking().SingleAsync(s => s.StudyId == owner.StudyId);
        Assert.Equal(new StudyContact("Study team", "team@example.org", null), study.Contact);
        var page = await SetupPages.TextAsync(await browser.GetAsync(SetupPages.Url(owner.StudyId, "setup")));
        Assert.Contains("name=\"consent[therapist-de]\" lang=\"de\"", page, StringComparison.Ordinal);
        Assert.Contains(">Text für Klient·innen.</textarea>", page, StringComparison.Ordinal);
        Assert.Contains("value=\"team@example.org\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvitedRoleWithoutATextInTheFirstLanguageIsRefusedAtItsFieldAndNothingIsStored()
    {
        var (owner, browser) = await InvitingBothAsync();
        using var _ = browser;

        using var response = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "settings", Settings(
            ("consent[client-en]", "Client text."), ("consent[therapist-en]", " "), ("consent[therapist-de]", "Nur auf Deutsch."),
            ("contactEmail", "team@example.org")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await SetupPages.TextAsync(response);
        Assert.Contains("href=\"#consent-therapist-en\"", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"error\" id=\"consent-therapist-en-error\">Enter the therapist consent text in English", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"#consent-client-en\"", page, StringComparison.Ordinal);
        Assert.Contains(">Nur auf Deutsch.</textarea>", page, StringComparison.Ordinal);
        await using var db = app.OpenDb();
        Assert.False(await db.ConsentTexts.AnyAsync(c => c.StudyId == owner.StudyId));
        var study = await db.Studies.AsNoTracking().SingleAsync(s => s.StudyId == owner.StudyId);
        Assert.False(study.ConsentRequired);
        Assert.Null(study.Contact);
    }

    [Fact]
    public async Task ARoleWithoutConsentTextIsNotInvitedWhileTheStudyAsksForConsent()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app, "Consent study");
        using var _ = browser;
        using var saved = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "settings", Settings(("consent[client-en]", "Client text.")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var therapists = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "addForm",
            ("role", "therapist"), ("instrument", "wa-therapist"), ("sessionsMode", "every"));
        using var clients = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "addForm",
            ("role", "client"), ("instrument", "wa-client"), ("sessionsMode", "every"));

        Assert.Equal(HttpStatusCode.BadRequest, therapists.StatusCode);
        var page = await SetupPages.TextAsync(therapists);
        Assert.Contains("href=\"#form-role\"", page, StringComparison.Ordinal);
        Assert.Contains("has no therapist consent text in English", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, clients.StatusCode);
        await using var db = app.OpenDb();
        Assert.Equal([RaterRole.Client], await db.ScheduledForms.Where(f => f.StudyId == owner.StudyId).Select(f => f.Role).ToListAsync());
    }

    [Theory]
    [InlineData("contactEmail", "not-an-address", "#contact-email")]
    [InlineData("contactEmail", "Ada <ada@example.org>", "#contact-email")]
    [InlineData("contactEmail", "ada@localhost", "#contact-email")]
    [InlineData("contactPhone", "call me", "#contact-phone")]
    [InlineData("contactName", "Nobody to reach", "#contact-email")]
    [InlineData("consent[client-de]", "overlong", "#consent-client-de")]
    public async Task BadContactOrOverlongTextIsRefusedAtItsFieldAndNothingIsStored(string field, string value, string anchor)
    {
        var (owner, browser) = await InvitingBothAsync();
        using var _ = browser;
        var posted = value == "overlong" ? new string('c', ConsentText.MaxLength + 1) : value;

        using var response = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "settings", Settings(
            ("consent[client-en]", "Client text."), ("consent[therapist-en]", "Therapist text."), (field, posted)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await SetupPages.TextAsync(response);
        Assert.Contains($"href=\"{anchor}\"", page, StringComparison.Ordinal);
        Assert.Contains($"id=\"{anchor[1..]}\"", page, StringComparison.Ordinal);
        Assert.Matches($"aria-invalid=\"true\" aria-describedby=\"[^\"]*{anchor[1..]}-error\"", page);
        await using var db = app.OpenDb();
        Assert.False(await db.ConsentTexts.AnyAsync(c => c.StudyId == owner.StudyId));
        Assert.Null((await db.Studies.AsNoTracking().SingleAsync(s => s.StudyId == owner.StudyId)).Contact);
    }

    [Fact]
    public async Task TheConsentAndContactFieldsAreInGerman()
    {
        var (owner, browser) = await InvitingBothAsync();
        using var _ = browser;

        var page = System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync(
            SetupPages.Url(owner.StudyId, "setup").Replace("lang=en", "lang=de", StringComparison.Ordinal)));

        Assert.Contains("<label for=\"consent-therapist-en\">Therapeut·in — Englisch</label>", page, StringComparison.Ordinal);
        Assert.Contains("Kontakt zur Studie", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"contact-email\">E-Mail-Adresse</label>", page, StringComparison.Ordinal);
    }
}
