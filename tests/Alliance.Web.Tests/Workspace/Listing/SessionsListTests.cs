using System.Text.RegularExpressions;
using Alliance.Testing.Hosting;
using Alliance.Web.Tests.Workspace.Sessions;

namespace Alliance.Web.Tests.Workspace.Listing;

/// <summary>
/// The sessions page in a study of some hundred dyads: a page of ten, a search by code instead of one option per dyad,
/// and the forms' posts keep the search (#21).
/// </summary>
public partial class SessionsListTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task ASearchByCodeListsTheMatchingDyadAndTheFormsOfferIt()
    {
        await using var db = app.OpenDb();
        var seeded = await ListedStudy.CreateAsync(db, 240);
        using var browser = await Researchers.SignedInAsync(app, seeded.Owner);

        var all = await browser.GetStringAsync(SessionStudy.Url(seeded.StudyId, "sessions?lang=en"));
        var found = await browser.GetStringAsync(SessionStudy.Url(seeded.StudyId, "sessions?q=t233&lang=en"));
        var armB = await browser.GetStringAsync(SessionStudy.Url(seeded.StudyId, "sessions?arm=b&page=12&lang=en"));

        Assert.Equal(10, ListedDyad().Count(all));
        Assert.Equal(10, RecordOption().Count(all));
        Assert.Contains("data-total=\"240\"", all, StringComparison.Ordinal);
        Assert.Equal(["T233-C233"], ListedDyad().Matches(found).Select(m => m.Groups[1].Value));
        Assert.Single(RecordOption().Matches(found));
        Assert.Contains("data-total=\"120\" data-page=\"12\"", armB, StringComparison.Ordinal);
        Assert.All(ListedDyad().Matches(armB), m => Assert.True(int.Parse(m.Groups[1].Value[^1..], System.Globalization.CultureInfo.InvariantCulture) % 2 == 0));
        Assert.Contains("action=\"/studies/" + seeded.StudyId + "/sessions?handler=record&amp;q=t233&amp;lang=en\"", found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordingASessionOfASearchedDyadCreatesItsLinksAndLeadsBackToTheSearch()
    {
        await using var db = app.OpenDb();
        var seeded = await ListedStudy.CreateAsync(db, 120);
        var dyad = seeded.Dyads.Single(d => d.Code == "T117-C117");
        using var browser = await Researchers.SignedInAsync(app, seeded.Owner);
        var page = SessionStudy.Url(seeded.StudyId, "sessions?q=T117&lang=en");

        using var response = await Researchers.PostFormAsync(browser, page,
            [new("dyad", dyad.DyadId.ToString("D")), new("number", ""), new("date", "2026-03-02")],
            SessionStudy.Url(seeded.StudyId, "sessions?handler=record&q=T117&lang=en"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/s/", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/studies/{seeded.StudyId}/sessions?q=T117&amp;lang=en\"", html, StringComparison.Ordinal);
    }

    /// <summary>The dyads listed: each dyad's heading (a dyad without sessions has no table).</summary>
    [GeneratedRegex("<section class=\"dyad-sessions\">\\s*<h3 id=\"dyad-[0-9a-f]+\">[^<]*?([A-Z0-9]+-[A-Z0-9]+)</h3>")]
    private static partial Regex ListedDyad();

    [GeneratedRegex("<option value=\"[0-9a-f-]{36}\"[^>]*>[^<]+\\(Session \\d+\\)</option>", RegexOptions.IgnoreCase)]
    private static partial Regex RecordOption();
}
