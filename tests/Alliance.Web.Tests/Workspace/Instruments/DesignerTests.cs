using System.Net;
using Alliance.Data.Model;
using Alliance.Instruments.Loading;
using Alliance.Testing.Hosting;
using Alliance.Web.Tests.Workspace.Setup;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Instruments;

/// <summary>
/// The instrument designer (issue #16 item 2): what it stores is checked by the one loader, every problem is shown at
/// its field with the posted form, the buttons work without JavaScript, owners and researchers only, audited.
/// </summary>
public sealed class DesignerTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task ADesignedInstrumentIsStoredAsADefinitionTheLoaderAcceptsAndIsAudited()
    {
        var (owner, browser) = await OwnerAsync();
        using var _ = browser;

        using var response = await DesignerForm.PostAsync(browser, DesignerForm.Url(owner.StudyId), DesignerForm.Valid(), "save");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("formId=own-scale&formVersion=1.0.0", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await using var db = app.OpenDb();
        var row = await db.OwnInstruments.SingleAsync(i => i.StudyId == owner.StudyId);
        var instrument = InstrumentLoader.Load(row.Definition, "stored").GetOrThrow();
        Assert.Equal(["en", "de"], instrument.Header.Languages);
        Assert.Equal("Ich fühle mich ungehört.", instrument.Items[1].Text.Get("de"));
        Assert.True(instrument.Items[1].Reversed);
        Assert.Equal(2, instrument.Total!.Missing.MinAnswered);
        Assert.Equal(instrument.ContentHash, row.ContentHash);
        var audit = await db.AuditLog.SingleAsync(a => a.StudyId == owner.StudyId && a.Action == "instrument.create");
        Assert.Contains(row.ContentHash, audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryProblemIsShownAtItsFieldAndThePostedFormComesBackWithNothingStored()
    {
        var (owner, browser) = await OwnerAsync();
        using var _ = browser;
        var fields = DesignerForm.Valid(german: false);
        fields.RemoveAll(f => f.Name == "scales[0].max");
        fields.Add(("scales[0].max", "five"));

        using var response = await DesignerForm.PostAsync(browser, DesignerForm.Url(owner.StudyId), fields, "save");
        var page = await SetupPages.TextAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<p class=\"error\" id=\"f-items-0-text-error\">missing translation for declared language 'de'</p>", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"error\" id=\"f-items-1-text-error\">missing translation for declared language 'de'</p>", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"error\" id=\"f-scales-0-max-error\">expected a finite number, found", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#f-scales-0-max\">", page, StringComparison.Ordinal);
        Assert.Contains("value=\"five\"", page, StringComparison.Ordinal);
        Assert.Contains(">We agree on goals.</textarea>", page, StringComparison.Ordinal);
        await using var db = app.OpenDb();
        Assert.False(await db.OwnInstruments.AnyAsync(i => i.StudyId == owner.StudyId));
    }

    [Fact]
    public async Task TheAddRemoveAndMoveButtonsChangeTheFormAndStoreNothing()
    {
        var (owner, browser) = await OwnerAsync();
        using var _ = browser;

        using var added = await DesignerForm.PostAsync(browser, DesignerForm.Url(owner.StudyId), DesignerForm.Valid(), "add-item");
        var page = await added.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("name=\"items[2].id\" value=\"q3\"", page, StringComparison.Ordinal);

        using var moved = await DesignerForm.PostAsync(browser, DesignerForm.Url(owner.StudyId), DesignerForm.Valid(), "up-item-1");
        var order = await moved.Content.ReadAsStringAsync();
        Assert.True(order.IndexOf("value=\"q2\"", StringComparison.Ordinal) < order.IndexOf("value=\"q1\"", StringComparison.Ordinal));

        using var removed = await DesignerForm.PostAsync(browser, DesignerForm.Url(owner.StudyId), DesignerForm.Valid(), "remove-item-0");
        Assert.DoesNotContain("value=\"q1\"", await removed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = app.OpenDb();
        Assert.False(await db.OwnInstruments.AnyAsync(i => i.StudyId == owner.StudyId));
    }

    [Fact]
    public async Task AStoredInstrumentOpensInTheDesignerAsSavedAndItsEditReplacesTheDraft()
    {
        var (owner, browser) = await OwnerAsync();
        using var _ = browser;
        (await DesignerForm.PostAsync(browser, DesignerForm.Url(owner.StudyId), DesignerForm.Valid(), "save")).Dispose();

        var page = await browser.GetStringAsync(DesignerForm.Url(owner.StudyId, "own-scale", "1.0.0"));
        Assert.Contains(">Wir sind uns über Ziele einig.</textarea>", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Matches("id=\"f-items-1-reversed\" name=\"items\\[1\\].reversed\" value=\"true\" checked", page);

        var edited = DesignerForm.Valid();
        edited.RemoveAll(f => f.Name == "items[0].text[en]");
        edited.Add(("items[0].text[en]", "We agree on what to work on."));
        using var response = await DesignerForm.PostAsync(browser, DesignerForm.Url(owner.StudyId, "own-scale", "1.0.0"), edited, "save");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.OpenDb();
        var row = await db.OwnInstruments.SingleAsync(i => i.StudyId == owner.StudyId);
        Assert.Contains("We agree on what to work on.", row.Definition, StringComparison.Ordinal);
        Assert.Single(db.AuditLog.Where(a => a.StudyId == owner.StudyId && a.Action == "instrument.change"));
    }

    [Theory]
    [InlineData(StudyRoles.Clinician)]
    [InlineData(StudyRoles.Analyst)]
    public async Task OnlyOwnersAndResearchersMayDesign(string role)
    {
        var (owner, ownerBrowser) = await OwnerAsync();
        using var _ = ownerBrowser;
        using var member = await Researchers.SignedInMemberAsync(app, owner.StudyId, role);
        using var researcher = await Researchers.SignedInMemberAsync(app, owner.StudyId, StudyRoles.Researcher);

        using var refused = await member.GetAsync(DesignerForm.Url(owner.StudyId));
        using var opened = await researcher.GetAsync(DesignerForm.Url(owner.StudyId));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
    }

    private async Task<(Researchers.Member Owner, HttpClient Browser)> OwnerAsync()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app, "Designer study");
        await using var db = app.OpenDb();
        var study = await db.Studies.SingleAsync(s => s.StudyId == owner.StudyId);
        study.Languages = ["en", "de"];
        await db.SaveChangesAsync();
        return (owner, browser);
    }
}
