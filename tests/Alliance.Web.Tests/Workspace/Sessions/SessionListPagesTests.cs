using System.Net;
using System.Text.RegularExpressions;
using Alliance.Data.Demo;
using Alliance.Testing.Hosting;

namespace Alliance.Web.Tests.Workspace.Sessions;

/// <summary>The session list shows 10 dyads a page; the forms above it offer the dyads of the page shown (#21).</summary>
public partial class SessionListPagesTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task TheDemosTwentyFourDyadsAreListedTenAPageAndTheFormsOfferThePagesDyads()
    {
        DemoStudyResult demo;
        await using (var db = app.OpenDb())
        {
            demo = await DemoStudy.SeedAsync(db, "http://127.0.0.1:5000", 9, CancellationToken.None);
        }
        var owner = await Researchers.SignedInMemberAsync(app, demo.StudyId, Alliance.Data.Model.StudyRoles.Researcher);
        using var _ = owner;
        var dyads = DemoStudy.Therapists * DemoStudy.ClientsPerTherapist;

        var listed = new List<string>();
        foreach (var page in new[] { 1, 2, 3 })
        {
            var html = await owner.GetStringAsync($"/studies/{demo.StudyId}/sessions?page={page}&lang=en");
            var tables = ListedDyad().Matches(html).Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(page < 3 ? 10 : dyads - 20, tables.Count);
            listed.AddRange(tables);
            Assert.Equal(tables.Count, RecordOption().Count(html));
            Assert.Contains($"Page {page} of 3 ({dyads} dyads", html, StringComparison.Ordinal);
        }
        Assert.Equal(dyads, listed.Distinct().Count());

        using var beyond = await owner.GetAsync($"/studies/{demo.StudyId}/sessions?page=99&lang=en");
        Assert.Equal(HttpStatusCode.OK, beyond.StatusCode);
        Assert.Equal(dyads - 20, ListedDyad().Count(await beyond.Content.ReadAsStringAsync()));
    }

    [GeneratedRegex("<table class=\"data sessions-table\" data-dyad=\"([^\"]+)\"")]
    private static partial Regex ListedDyad();

    /// <summary>The options of the "record a session" dyad list (each dyad of the page once, with its next session number).</summary>
    [GeneratedRegex("<option value=\"[0-9a-f-]{36}\"[^>]*>[^<]+\\(Session \\d+\\)</option>", RegexOptions.IgnoreCase)]
    private static partial Regex RecordOption();
}
