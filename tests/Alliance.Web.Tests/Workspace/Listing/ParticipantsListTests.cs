using System.Text.RegularExpressions;
using Alliance.Testing.Hosting;
using Alliance.Web.Tests.Workspace.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Listing;

/// <summary>The participants page reads 50 dyads a page, and its search and filters show exactly the matching rows (#21).</summary>
public partial class ParticipantsListTests(RunningApp app) : IClassFixture<RunningApp>
{
    private const int Dyads = 260;

    [Fact]
    public async Task EveryDyadIsOnExactlyOnePageOfFiftyAndThePagerCountsThemAll()
    {
        var (studyId, browser) = await StudyAsync();
        using var _ = browser;

        var listed = new List<string>();
        for (var page = 1; page <= 6; page++)
        {
            var html = await browser.GetStringAsync(SessionStudy.Url(studyId, $"participants?page={page}&lang=en"));
            var rows = DyadRow().Matches(html).Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(page < 6 ? 50 : Dyads - 250, rows.Count);
            Assert.Contains($"data-total=\"{Dyads}\" data-page=\"{page}\"", html, StringComparison.Ordinal);
            listed.AddRange(rows);
        }
        await using var db = app.OpenDb();
        var truth = await db.Dyads.Where(d => d.StudyId == studyId).Select(d => d.Code).ToListAsync();
        Assert.Equal(truth.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Equal(Dyads, listed.Distinct().Count());
        var beyond = await browser.GetStringAsync(SessionStudy.Url(studyId, "participants?page=40&lang=en"));
        Assert.Equal(Dyads - 250, DyadRow().Count(beyond));
    }

    [Theory]
    [InlineData("arm=a")]
    [InlineData("arm=b&q=C1")]
    [InlineData("q=t2")]
    [InlineData("therapist=T07")]
    [InlineData("q=%25")]
    public async Task EachFilterShowsExactlyTheMatchingDyads(string query)
    {
        var (studyId, browser) = await StudyAsync();
        using var _ = browser;
        var filter = query.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        await using var db = app.OpenDb();
        var all = await db.Dyads.Where(d => d.StudyId == studyId).Select(d => new { d.Code, d.Arm }).ToListAsync();
        var truth = all.Where(d => (!filter.TryGetValue("arm", out var arm) || d.Arm == arm)
                && (!filter.TryGetValue("q", out var q) || d.Code.Contains(q!, StringComparison.OrdinalIgnoreCase))
                && (!filter.TryGetValue("therapist", out var t) || d.Code.StartsWith(t + "-", StringComparison.Ordinal)))
            .Select(d => d.Code).Order(StringComparer.Ordinal).ToList();

        var listed = new List<string>();
        for (var page = 1; page <= Math.Max(1, (truth.Count + 49) / 50); page++)
        {
            var html = await browser.GetStringAsync(SessionStudy.Url(studyId, $"participants?{query}&page={page}&lang=en"));
            Assert.Contains($"data-total=\"{truth.Count}\"", html, StringComparison.Ordinal);
            listed.AddRange(DyadRow().Matches(html).Select(m => m.Groups[1].Value));
        }

        Assert.Equal(truth, listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PeopleListsShowTheFirstFiftyAndTheSearchFindsTheOthers()
    {
        var (studyId, browser) = await StudyAsync();
        using var _ = browser;

        var first = await browser.GetStringAsync(SessionStudy.Url(studyId, "participants?lang=en"));
        var found = await browser.GetStringAsync(SessionStudy.Url(studyId, "participants?q=c259&lang=en"));

        Assert.Equal(100, PersonItem().Count(first));
        Assert.Contains($"The first 50 of {Dyads} are listed", first, StringComparison.Ordinal);
        Assert.DoesNotContain("<li>C259</li>", first, StringComparison.Ordinal);
        Assert.Contains("<li>C259</li>", found, StringComparison.Ordinal);
        Assert.Equal(["T259-C259"], DyadRow().Matches(found).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task AfterAddingATherapistTheResearcherReturnsToTheSameSearch()
    {
        var (studyId, browser) = await StudyAsync();
        using var _ = browser;
        var page = SessionStudy.Url(studyId, "participants?q=T2&page=2&lang=en");

        using var response = await Researchers.PostFormAsync(browser, page, [new("code", "T-NEW")],
            SessionStudy.Url(studyId, "participants?handler=addTherapist&q=T2&page=2&lang=en"));

        var location = response.Headers.Location!.OriginalString;
        Assert.Contains("q=T2", location, StringComparison.Ordinal);
        Assert.Contains("page=2", location, StringComparison.Ordinal);
        Assert.EndsWith("#therapists", location, StringComparison.Ordinal);
        await using var db = app.OpenDb();
        Assert.True(await db.Therapists.AnyAsync(t => t.StudyId == studyId && t.Code == "T-NEW"));
    }

    private async Task<(long StudyId, HttpClient Browser)> StudyAsync()
    {
        await using var db = app.OpenDb();
        var seeded = await ListedStudy.CreateAsync(db, Dyads);
        return (seeded.StudyId, await Researchers.SignedInAsync(app, seeded.Owner));
    }

    [GeneratedRegex("<tr data-dyad=\"([^\"]+)\">")]
    private static partial Regex DyadRow();

    [GeneratedRegex("<li>[TC][0-9]+</li>")]
    private static partial Regex PersonItem();
}
