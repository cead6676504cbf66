using System.Text.RegularExpressions;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Dashboard;

/// <summary>
/// The dashboard's by-dyad table filtered to one therapist (<c>?therapist=</c>, a GET form that works without
/// JavaScript; issue #20): the table lists that therapist's dyads and no other, while the totals still cover the study.
/// </summary>
public partial class DyadFilterTests(DashboardStudies app) : IClassFixture<DashboardStudies>
{
    [Fact]
    public async Task TheTherapistFilterListsOnlyThatTherapistsDyadsAndKeepsTheStudyTotals()
    {
        var (demo, _) = await app.StudiesAsync();
        await using var db = app.OpenDb();
        var dyads = await (from d in db.Dyads
                           where d.StudyId == demo.StudyId
                           join t in db.Therapists on d.TherapistId equals t.TherapistId
                           select new { d.Code, Therapist = t.Code }).ToListAsync();
        var therapist = dyads.GroupBy(d => d.Therapist).OrderBy(g => g.Key, StringComparer.Ordinal).First();
        using var browser = await Researchers.SignedInMemberAsync(app, demo.StudyId, StudyRoles.Researcher, null);

        var all = await browser.GetStringAsync($"/studies/{demo.StudyId}?lang=en");
        var filtered = await browser.GetStringAsync($"/studies/{demo.StudyId}?lang=en&therapist={Uri.EscapeDataString(therapist.Key)}");

        Assert.True(dyads.Count > therapist.Count(), "the fixture should have dyads of more than one therapist");
        Assert.Equal(dyads.Select(d => d.Code).Order(StringComparer.Ordinal), DyadRows(all).Order(StringComparer.Ordinal));
        Assert.Equal(therapist.Select(d => d.Code).Order(StringComparer.Ordinal), DyadRows(filtered).Order(StringComparer.Ordinal));
        Assert.Equal(Html.Counts(Html.Element(all, "totals", "</table>")), Html.Counts(Html.Element(filtered, "totals", "</table>")));
        Assert.Contains($"<option value=\"{therapist.Key}\" selected=\"selected\">", filtered, StringComparison.Ordinal);
        Assert.Contains($"{therapist.Count()} dyads of {dyads.Count} shown: therapist {therapist.Key}.", Html.Text(filtered), StringComparison.Ordinal);
    }

    private static IEnumerable<string> DyadRows(string page) =>
        DyadRow().Matches(Html.Element(page, "dyads", "</table>")).Select(m => m.Groups[1].Value);

    [GeneratedRegex("<tr data-dyad=\"([^\"]+)\"")]
    private static partial Regex DyadRow();
}
