using System.Net;
using System.Text.RegularExpressions;
using Alliance.Instruments;
using Alliance.Testing.Hosting;
using Alliance.Web.Pages.Studies.Setup;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Setup;

/// <summary>
/// The set-up page guides the choice of a form (issue #20): each role is offered only the forms it can fill, licensed
/// forms say so and how their wording is supplied, each form has a preview, and the CSV upload names its separators.
/// </summary>
public partial class FormChoiceTests(RunningApp app) : IClassFixture<RunningApp>
{
    private static string[] Offered(string page, string role) =>
        [.. ChoiceValue().Matches(page).Select(m => m.Groups[1].Value).Where(v => v.StartsWith(role + ":", StringComparison.Ordinal))
            .Select(v => v[(role.Length + 1)..])];

    [Fact]
    public async Task EachRoleIsOfferedExactlyTheShippedFormsItCanFill()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;

        var page = await browser.GetStringAsync(SetupPages.Url(owner.StudyId, "setup"));

        var client = Offered(page, "client");
        var therapist = Offered(page, "therapist");
        Assert.Equal(InstrumentCatalog.Shipped.Instruments.Where(i => i.Header.Raters.Contains(RaterRole.Client)).Select(i => i.Id).Order(),
            client.Order());
        Assert.Equal(InstrumentCatalog.Shipped.Instruments.Where(i => i.Header.Raters.Contains(RaterRole.Therapist)).Select(i => i.Id).Order(),
            therapist.Order());
        Assert.Contains("wa-client", client);
        Assert.DoesNotContain("wa-client", therapist);
        Assert.Contains("wa-therapist", therapist);
        Assert.DoesNotContain("<select id=\"form-instrument\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChoiceSetsRoleAndFormTogether()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;

        using var response = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "addForm",
            ("choice", "therapist:wa-therapist"), ("sessionsMode", "every"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.OpenDb();
        var line = await db.ScheduledForms.SingleAsync(f => f.StudyId == owner.StudyId);
        Assert.Equal(RaterRole.Therapist, line.Role);
        Assert.Equal("wa-therapist", (await db.InstrumentVersions.SingleAsync(v => v.InstrumentVersionId == line.InstrumentVersionId)).InstrumentId);
    }

    [Fact]
    public async Task LicensedFormsAreMarkedNotOfferedUntilInstalledAndTheLineSaysHowToSupplyTheWording()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;

        var page = await SetupPages.TextAsync(await browser.GetAsync(SetupPages.Url(owner.StudyId, "setup")));

        foreach (var id in new[] { "wai-sr", "srs" })
        {
            var file = InstrumentCatalog.Shipped.Get(id).Header.ItemTextFile!;
            Assert.Matches($"id=\"form-choice-client-{id}\"[^>]*disabled", page);
            Assert.Contains($"Licensed wording, not installed on this server: it can be scheduled once the server's administrator installs the licensed file {file}.", page, StringComparison.Ordinal);
        }
        Assert.DoesNotMatch("id=\"form-choice-client-wa-client\"[^>]*disabled", page);
        Assert.Contains("docs/instruments.md, \"Licensed item text\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryOfferedFormHasAPreviewLinkPerStudyLanguage()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;
        await using (var db = app.OpenDb())
        {
            var study = await db.Studies.SingleAsync(s => s.StudyId == owner.StudyId);
            study.Languages = ["en", "de"];
            await db.SaveChangesAsync();
        }

        var page = await browser.GetStringAsync(SetupPages.Url(owner.StudyId, "setup"));

        foreach (var form in ShippedForms.All)
        {
            foreach (var language in new[] { "en", "de" })
            {
                Assert.Contains($"href=\"/studies/{owner.StudyId}/setup/preview/{form.Id}?language={language}&amp;lang=en\"", page, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("de", "Wie war die heutige Sitzung?", "Denken Sie an die heutige Sitzung.")]
    [InlineData("en", "How was today's session?", "Think about today's session.")]
    public async Task ThePreviewShowsTheParticipantsQuestionsDisabledWithNoFormToSend(string language, string title, string instruction)
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;

        using var response = await browser.GetAsync($"/studies/{owner.StudyId}/setup/preview/session-vas?language={language}&lang=en");
        var page = await SetupPages.TextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<div class=\"survey-preview\" lang=\"{language}\">", page, StringComparison.Ordinal);
        Assert.Contains($"<h2>{title}</h2>", page, StringComparison.Ordinal);
        Assert.Contains(instruction, page, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Count(page, "<input type=\"text\"[^>]*disabled"));
        Assert.DoesNotContain("<form", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APreviewOfAnUnknownFormIsNotFound()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;

        using var response = await browser.GetAsync($"/studies/{owner.StudyId}/setup/preview/no-such-form?lang=en");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ThePreviewIsOnlyForTheStudysOwnTeam()
    {
        var (_, browser) = await SetupPages.OwnerAsync(app);
        using var __ = browser;
        var (other, otherBrowser) = await SetupPages.OwnerAsync(app, "Another study");
        otherBrowser.Dispose();

        using var response = await browser.GetAsync($"/studies/{other.StudyId}/setup/preview/session-vas?lang=en");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TheCsvUploadFieldNamesItsSeparatorsAndHeader()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;

        var page = await SetupPages.TextAsync(await browser.GetAsync(SetupPages.Url(owner.StudyId, "participants")));

        Assert.Contains("aria-describedby=\"bulk-file-hint\"", page, StringComparison.Ordinal);
        Assert.Contains("separated by commas (,) or semicolons (;), with the header line therapist,client,arm,started_on", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"choice\" value=\"([a-z]+:[a-z0-9_-]+)\"")]
    private static partial Regex ChoiceValue();
}
