using System.Globalization;
using System.Net;
using System.Text.Json;
using Alliance.Data;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;
using Alliance.Web.Pages.Studies.Access;
using Alliance.Web.Workspace;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Alliance.Web.Tests.Workspace.Access;

/// <summary>
/// The audit log in plain words (issue #17 item 6): who by e-mail (also for API-token and command-line entries), what
/// in a sentence of the page's language, filters by person and days that the pages and the CSV download keep, and a
/// CSV whose columns are the recorded ones.
/// </summary>
public sealed class ReadableAuditLogTests(RunningApp app) : IClassFixture<RunningApp>
{
    private static readonly DateTimeOffset Day1 = new(2026, 4, 1, 23, 30, 0, TimeSpan.Zero);

    private static void Add(AllianceDbContext db, long studyId, string actor, string action, object detail, DateTimeOffset at) =>
        db.AuditLog.Add(new AuditEntry
        {
            StudyId = studyId, AuditId = Guid.CreateVersion7(), Actor = actor, Action = action,
            Detail = JsonSerializer.Serialize(detail, JsonSerializerOptions.Web), At = at,
        });

    [Fact]
    public async Task EntriesReadAsSentencesWithWhoByEmailInEnglishAndGerman()
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        var analyst = await Researchers.JoinAsync(db, owner.StudyId, StudyRoles.Analyst);
        var token = new ApiToken
        {
            StudyId = owner.StudyId, TokenId = Guid.CreateVersion7(), AccountId = analyst.AccountId, TokenHash = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32),
            Name = "nightly R", CreatedAt = Day1,
        };
        db.ApiTokens.Add(token);
        Add(db, owner.StudyId, $"account:{analyst.AccountId:D} token:{token.TokenId:D}", "export", new { format = "wide", rows = 1234, bom = false, labels = false }, Day1);
        Add(db, owner.StudyId, AccessPages.Actor(owner), "view", new { page = "dyad", dyad = "D-017" }, Day1.AddMinutes(1));
        Add(db, owner.StudyId, "cli:ops", "instrument.upload", new { instrument = "own-vas", version = "1.0.0", format = "redcap" }, Day1.AddMinutes(2));
        Add(db, owner.StudyId, AccessPages.Actor(owner), "something.new", new { x = 1 }, Day1.AddMinutes(3));
        await db.SaveChangesAsync();
        using var browser = await Researchers.SignedInAsync(app, owner);

        var en = WebUtility.HtmlDecode(await browser.GetStringAsync(AccessPages.Url(owner.StudyId, "audit")));
        var de = WebUtility.HtmlDecode(await browser.GetStringAsync(AccessPages.Url(owner.StudyId, "audit").Replace("lang=en", "lang=de", StringComparison.Ordinal)));

        Assert.Contains($"{analyst.Email} (API token “nightly R”)", en, StringComparison.Ordinal);
        Assert.Contains("Downloaded the data, wide layout (rows: 1,234)", en, StringComparison.Ordinal);
        Assert.Contains("Viewed dyad D-017", en, StringComparison.Ordinal);
        Assert.Contains("Command line on the server (user ops)", en, StringComparison.Ordinal);
        Assert.Contains("Uploaded instrument own-vas 1.0.0 (redcap)", en, StringComparison.Ordinal);
        Assert.Contains("Other action: something.new", en, StringComparison.Ordinal);
        Assert.Contains($"{analyst.Email} (API-Token „nightly R“)", de, StringComparison.Ordinal);
        Assert.Contains("Daten heruntergeladen, Format wide (Zeilen: 1.234)", de, StringComparison.Ordinal);
        Assert.Contains("Dyade D-017 angesehen", de, StringComparison.Ordinal);
        Assert.Contains("Andere Aktion: something.new", de, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonAndDayFiltersNarrowThePageAndTheDownloadAndTheDownloadKeepsItsColumns()
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        var colleague = await Researchers.JoinAsync(db, owner.StudyId, StudyRoles.Researcher);
        for (var d = 0; d < 3; d++)
        {
            Add(db, owner.StudyId, AccessPages.Actor(owner), "view", new { page = "dyad", dyad = $"O-{d}" }, Day1.AddDays(d));
            Add(db, owner.StudyId, AccessPages.Actor(colleague), "view", new { page = "dyad", dyad = $"C-{d}" }, Day1.AddDays(d));
        }
        await db.SaveChangesAsync();
        using var browser = await Researchers.SignedInAsync(app, owner);
        var person = $"account:{colleague.AccountId:D}";

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync(AccessPages.Url(owner.StudyId, "audit",
            $"&person={Uri.EscapeDataString(person)}&from=2026-04-02&to=2026-04-03")));
        using var download = await Researchers.PostFormAsync(browser, AccessPages.Url(owner.StudyId, "audit"),
            [new("person", person), new("from", "2026-04-02"), new("to", "2026-04-03")], AccessPages.Url(owner.StudyId, "audit", "&handler=download"));

        // Day1 is 23:30 UTC on 1 April, so entries fall on 1, 2 and 3 April: the filter keeps the colleague's last two.
        Assert.Contains("Viewed dyad C-1", page, StringComparison.Ordinal);
        Assert.Contains("Viewed dyad C-2", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Viewed dyad C-0", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Viewed dyad O-", page, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{person}\" selected=\"selected\">{colleague.Email}</option>", page, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-04-02\"", page, StringComparison.Ordinal);
        var lines = (await AccessPages.BodyAsync(download, HttpStatusCode.OK)).TrimEnd('\n').Split('\n');
        Assert.Equal("at,actor,action,detail", lines[0]);
        Assert.Equal(["2026-04-03T23:30:00Z", "2026-04-02T23:30:00Z"], lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.All(lines.Skip(1), l => Assert.Contains($",{AccessPages.Actor(colleague)},view,", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADayThatDoesNotReadIsShownAtItsFieldAnd400()
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        using var browser = await Researchers.SignedInAsync(app, owner);

        using var bad = await browser.GetAsync(AccessPages.Url(owner.StudyId, "audit", "&from=1.4.2026"));
        using var reversed = await browser.GetAsync(AccessPages.Url(owner.StudyId, "audit", "&from=2026-04-03&to=2026-04-01"));

        var badPage = WebUtility.HtmlDecode(await AccessPages.BodyAsync(bad, HttpStatusCode.BadRequest));
        Assert.Contains("<p class=\"error\" id=\"from-error\">“1.4.2026” is not a day: enter it as YYYY-MM-DD.</p>", badPage, StringComparison.Ordinal);
        Assert.Contains("value=\"1.4.2026\"", badPage, StringComparison.Ordinal);
        Assert.Contains("The last day is before the first.", WebUtility.HtmlDecode(await AccessPages.BodyAsync(reversed, HttpStatusCode.BadRequest)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    public void EveryWordedActionHasItsSentenceInEveryLanguage(string language)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var text = new WorkspaceText(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
            // Every field any sentence names, so each action finds what it fills in.
            var detail = JsonSerializer.Serialize(new
            {
                format = "long", rows = 3, email = "a@example.org", role = "researcher", from = "owner", to = "analyst", therapist = "T1",
                name = "n", arm = "a", instrument = "i", version = "1", dyad = "D1", dyads = 2, therapists = 1, clients = 1, code = "C1",
                language = "de", sessions = 4, invitations = 8, session = 2, count = 5, left = 9,
            });
            var other = text.Format("audit.say.other", "x");
            Assert.All(AuditSentence.Actions, action => Assert.NotEqual(text.Format("audit.say.other", action), AuditSentence.Say(text, action, detail)));
            Assert.NotEqual(other, AuditSentence.Say(text, "view", """{"page": "dashboard", "dyads": 3}"""));
            Assert.NotEqual(other, AuditSentence.Say(text, "view", """{"page": "dyad", "dyad": "D1", "chart": 1, "format": "svg"}"""));
            Assert.NotEqual(other, AuditSentence.Say(text, "export", """{"format": "wide", "rows": 3, "bundle": "zip"}"""));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
