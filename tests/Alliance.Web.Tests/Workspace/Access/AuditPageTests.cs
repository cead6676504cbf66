using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Alliance.Data;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Access;

public partial class AuditPageTests(RunningApp app) : IClassFixture<RunningApp>
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Entries one minute apart from <see cref="Start"/>: "export" at even minutes, "import" at odd ones.</summary>
    private static async Task SeedAsync(AllianceDbContext db, long studyId, int count)
    {
        for (var i = 0; i < count; i++)
        {
            db.AuditLog.Add(new AuditEntry
            {
                StudyId = studyId, AuditId = Guid.CreateVersion7(), Actor = "cli:seed", Action = i % 2 == 0 ? "export" : "import",
                Detail = string.Create(CultureInfo.InvariantCulture, $"{{\"n\": {i}}}"), At = Start.AddMinutes(i),
            });
        }
        await db.SaveChangesAsync();
    }

    private static List<int> Numbers(string page) =>
        [.. DetailNumber().Matches(page).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    [Fact]
    public async Task EntriesAreListedNewestFirstInPagesOfFifty()
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        await SeedAsync(db, owner.StudyId, 60);
        using var browser = await Researchers.SignedInAsync(app, owner);

        var first = await browser.GetStringAsync(AccessPages.Url(owner.StudyId, "audit"));
        var second = await browser.GetStringAsync(AccessPages.Url(owner.StudyId, "audit", "&page=2"));

        Assert.Equal(Enumerable.Range(10, 50).Reverse(), Numbers(first));
        Assert.Equal(Enumerable.Range(0, 10).Reverse(), Numbers(second));
        Assert.Contains("<time datetime=\"2026-03-01T09:59:00Z\">2026-03-01T09:59:00Z</time>", first, StringComparison.Ordinal);
        Assert.Contains("Entries 1–50 of 60", WebUtility.HtmlDecode(first), StringComparison.Ordinal);
        Assert.Contains("Page 2 of 2", second, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", second, StringComparison.Ordinal);
        Assert.Contains("Command line on the server (user seed)", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFilterShowsOneActionAndItsPagesKeepIt()
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        await SeedAsync(db, owner.StudyId, 7);
        using var browser = await Researchers.SignedInAsync(app, owner);

        var page = await browser.GetStringAsync(AccessPages.Url(owner.StudyId, "audit", "&action=import"));

        Assert.Equal([5, 3, 1], Numbers(page));
        Assert.Contains("<option value=\"import\" selected=\"selected\">import</option>", page, StringComparison.Ordinal);
        Assert.Contains("Entries 1–3 of 3", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherStudysEntriesNeverAppear()
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        var other = await Researchers.CreateAsync(db, StudyRoles.Owner);
        await SeedAsync(db, other.StudyId, 3);
        using var browser = await Researchers.SignedInAsync(app, owner);

        var page = await browser.GetStringAsync(AccessPages.Url(owner.StudyId, "audit"));

        Assert.Empty(Numbers(page));
        Assert.Contains("No entries.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MembershipChangesAppearInTheLogWithTheOwnerAsActor()
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        var account = await AccessPages.AccountAsync(db);
        using var browser = await Researchers.SignedInAsync(app, owner);
        (await Researchers.PostFormAsync(browser, AccessPages.Url(owner.StudyId, "members"),
            [new("email", account.Email), new("role", "researcher")], AccessPages.Url(owner.StudyId, "members", "&handler=add"))).Dispose();

        var page = await browser.GetStringAsync(AccessPages.Url(owner.StudyId, "audit", "&action=member.add"));

        Assert.Contains($"<td class=\"wrap\" title=\"{AccessPages.Actor(owner)}\">{owner.Email}</td>", page, StringComparison.Ordinal);
        Assert.Contains($"Added {account.Email} to the study as researcher", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCsvDownloadIsFormulaSafeAndIsItselfAudited()
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        db.AuditLog.Add(new AuditEntry
        {
            StudyId = owner.StudyId, AuditId = Guid.CreateVersion7(), Actor = "=HYPERLINK(\"http://evil.example\")", Action = "import",
            Detail = "{\"file\": \"a,b.csv\"}", At = Start,
        });
        await db.SaveChangesAsync();
        using var browser = await Researchers.SignedInAsync(app, owner);

        using var response = await Researchers.PostFormAsync(browser, AccessPages.Url(owner.StudyId, "audit"),
            [new("action", "")], AccessPages.Url(owner.StudyId, "audit", "&handler=download"));

        var csv = await AccessPages.BodyAsync(response, HttpStatusCode.OK);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var lines = csv.TrimEnd('\n').Split('\n');
        Assert.Equal("at,actor,action,detail", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("20", lines[1], StringComparison.Ordinal);
        Assert.Contains($",account:{owner.AccountId:D} {owner.Email},audit.download,", lines[1], StringComparison.Ordinal);
        Assert.Equal("2026-03-01T09:00:00Z,\"'=HYPERLINK(\"\"http://evil.example\"\")\",import,\"{\"\"file\"\": \"\"a,b.csv\"\"}\"", lines[2]);
        var entry = Assert.Single(await AccessPages.AuditAsync(db, owner.StudyId, "audit.download"));
        Assert.Equal(AccessPages.Actor(owner), entry.Actor);
    }

    [Fact]
    public async Task TheFilteredDownloadHoldsOnlyThatAction()
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        await SeedAsync(db, owner.StudyId, 5);
        using var browser = await Researchers.SignedInAsync(app, owner);

        using var response = await Researchers.PostFormAsync(browser, AccessPages.Url(owner.StudyId, "audit"),
            [new("action", "export")], AccessPages.Url(owner.StudyId, "audit", "&handler=download"));

        var lines = (await AccessPages.BodyAsync(response, HttpStatusCode.OK)).TrimEnd('\n').Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Contains(",export,", l, StringComparison.Ordinal));
    }

    [GeneratedRegex("<code>\\{&quot;n&quot;: (\\d+)\\}</code>")]
    private static partial Regex DetailNumber();
}
