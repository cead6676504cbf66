using System.Globalization;
using System.Text.RegularExpressions;
using Alliance.Data.Demo;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Dashboard;

/// <summary>
/// The dashboard's by-dyad table on a study of 312 dyads (issue #21): 50 dyads a page, every dyad on exactly one page,
/// totals and therapist rows equal to counts over every invitation, each filter listing exactly the matching dyads,
/// the orders holding across pages and the pager's links keeping filter and order.
/// </summary>
public partial class DashboardPagingTests(LargeDashboardStudy app) : IClassFixture<LargeDashboardStudy>
{
    private sealed record Row(string Dyad, string Therapist, string? Arm, string Status, DateTimeOffset? OpensAt, DateTimeOffset? ExpiresAt,
        DateOnly? HeldOn, DateTimeOffset CreatedAt);

    [Fact]
    public async Task EveryDyadIsOnExactlyOnePageOfAtMostFifty()
    {
        var demo = await app.StudyAsync();
        var dyads = await DyadCodesAsync(demo.StudyId);
        using var browser = await Researchers.SignedInMemberAsync(app, demo.StudyId, StudyRoles.Researcher, null);

        var (listed, pages, total) = await WalkAsync(browser, $"/studies/{demo.StudyId}?lang=en");

        Assert.Equal(LargeDashboardStudy.Copies * 24 + 24, dyads.Count);
        Assert.Equal(7, pages);
        Assert.Equal(dyads.Count, total);
        Assert.Equal(dyads.Count, listed.Count);
        Assert.Equal(dyads.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TotalsAndTherapistRowsEqualCountsOverEveryInvitation()
    {
        var demo = await app.StudyAsync();
        var rows = await RowsAsync(demo.StudyId);
        using var browser = await Researchers.SignedInMemberAsync(app, demo.StudyId, StudyRoles.Researcher, null);

        var page = await browser.GetStringAsync($"/studies/{demo.StudyId}?lang=en&page=4");

        var all = Count(rows);
        Assert.True(all[3] > 0 && all[4] > 0, "the fixture should make overdue and expired links");
        Assert.Equal(all.Select(c => c.ToString(CultureInfo.InvariantCulture)), Html.Counts(Html.Element(page, "totals", "</table>")).Take(6));
        // The therapist table is paged by code, 50 a page (?therapists=N), apart from the dyad table's page.
        var therapists = rows.GroupBy(r => r.Therapist).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        Assert.True(therapists.Count > 50, "the fixture should have more than one page of therapists");
        var second = await browser.GetStringAsync($"/studies/{demo.StudyId}?lang=en&page=4&therapists=2");
        foreach (var (g, k) in therapists.Select((g, k) => (g, k)))
        {
            var c = Count(g);
            Assert.Equal([$"{g.Select(r => r.Dyad).Distinct().Count()}", $"{c[1]}", $"{c[3]}", $"{c[4]}"],
                Html.Counts(Html.Row(k < 50 ? page : second, "therapist", g.Key)).Take(4));
        }
    }

    [Fact]
    public async Task EachFilterListsExactlyTheMatchingDyads()
    {
        var demo = await app.StudyAsync();
        var rows = await RowsAsync(demo.StudyId);
        using var browser = await Researchers.SignedInMemberAsync(app, demo.StudyId, StudyRoles.Researcher, null);
        var therapist = rows.Select(r => r.Therapist).Distinct().Order(StringComparer.Ordinal).Skip(7).First();
        var overdue = rows.GroupBy(r => r.Dyad).Where(g => Count(g)[3] > 0).Select(g => g.Key).ToList();
        var alerted = new List<string>();
        var (everyDyad, _, _) = await WalkAsync(browser, $"/studies/{demo.StudyId}?lang=en", page =>
            alerted.AddRange(DyadRow().Matches(Html.Element(page, "dyads", "</table>")).Select(m => m.Groups[1].Value)
                .Where(d => Html.Row(page, "dyad", d).Contains("class=\"alert-list\"", StringComparison.Ordinal))));

        async Task<List<string>> Listed(string query) => (await WalkAsync(browser, $"/studies/{demo.StudyId}?lang=en&{query}")).Listed;

        Assert.InRange(overdue.Count, 1, everyDyad.Count - 1);
        Assert.InRange(alerted.Count, 1, everyDyad.Count - 1);
        Assert.Equal(Dyads(rows.Where(r => r.Therapist == therapist)), Sorted(await Listed("therapist=" + Uri.EscapeDataString(therapist))));
        Assert.Equal(Dyads(rows.Where(r => r.Arm == DemoStudy.FeedbackArm)), Sorted(await Listed("arm=" + DemoStudy.FeedbackArm)));
        Assert.Equal(Sorted(overdue), Sorted(await Listed("overdue=true")));
        Assert.Equal(Sorted(alerted), Sorted(await Listed("alert=true")));
        Assert.Equal(Sorted(alerted.Intersect(overdue)), Sorted(await Listed("alert=true&overdue=true")));
    }

    [Fact]
    public async Task SortingByOverdueAndByRateHoldsAcrossPagesAndThePagerKeepsFilterAndSort()
    {
        var demo = await app.StudyAsync();
        using var browser = await Researchers.SignedInMemberAsync(app, demo.StudyId, StudyRoles.Researcher, null);
        var overdue = new List<int>();
        var rates = new List<double>();

        await WalkAsync(browser, $"/studies/{demo.StudyId}?lang=en&sort=overdue", page => overdue.AddRange(Cells(page).Select(c => int.Parse(c[2], CultureInfo.InvariantCulture))));
        await WalkAsync(browser, $"/studies/{demo.StudyId}?lang=en&sort=rate", page => rates.AddRange(Cells(page)
            .Select(c => c[1].EndsWith(" %", StringComparison.Ordinal) ? double.Parse(c[1][..^2], CultureInfo.InvariantCulture) : double.PositiveInfinity)));
        var first = await browser.GetStringAsync($"/studies/{demo.StudyId}?lang=en&sort=rate&arm={DemoStudy.FeedbackArm}");

        Assert.True(overdue[0] > 0 && overdue[^1] == 0, "the fixture should have dyads with and without overdue forms");
        Assert.Equal(overdue.OrderDescending(), overdue);
        Assert.True(rates.Distinct().Count() > 1, "the fixture should have several completion rates");
        Assert.Equal(rates.Order(), rates);
        Assert.Matches($"rel=\"next\" href=\"/studies/{demo.StudyId}\\?lang=en&amp;sort=rate&amp;arm={DemoStudy.FeedbackArm}&amp;page=2\"", first);
    }

    /// <summary>The dyads of every page of <paramref name="url"/>, the number of pages and the pager's total.</summary>
    private static async Task<(List<string> Listed, int Pages, long Total)> WalkAsync(HttpClient browser, string url, Action<string>? each = null)
    {
        var listed = new List<string>();
        long total = -1;
        for (var n = 1; ; n++)
        {
            var page = await browser.GetStringAsync(url + "&page=" + n.ToString(CultureInfo.InvariantCulture));
            var dyads = DyadRow().Matches(Html.Element(page, "dyads", "</table>")).Select(m => m.Groups[1].Value).ToList();
            Assert.InRange(dyads.Count, 0, 50);
            total = long.Parse(Total().Match(page).Groups[1].Value, CultureInfo.InvariantCulture);
            listed.AddRange(dyads);
            each?.Invoke(page);
            // The dyad table's pager (under the table; the therapist table's comes before it).
            if (!page[page.IndexOf("id=\"dyads\"", StringComparison.Ordinal)..].Contains("rel=\"next\"", StringComparison.Ordinal))
            {
                Assert.Equal(total, listed.Count);
                return (listed, n, total);
            }
        }
    }

    /// <summary>Each listed dyad's count cells: sessions, rate, overdue.</summary>
    private static IEnumerable<string[]> Cells(string page) =>
        DyadRow().Matches(Html.Element(page, "dyads", "</table>")).Select(m => Html.Counts(Html.Row(page, "dyad", m.Groups[1].Value)));

    /// <summary>Issued, submitted, open, overdue, expired, withdrawn by the dashboard's definition, from the raw rows.</summary>
    private static int[] Count(IEnumerable<Row> rows)
    {
        var now = DateTimeOffset.UtcNow;
        var dueBefore = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-2);
        var list = rows.ToList();
        bool Expired(Row r) => r.Status == "expired" || (r.Status == "open" && r.ExpiresAt <= now);
        bool Open(Row r) => r.Status == "open" && !Expired(r) && !(r.OpensAt > now);
        DateOnly Due(Row r) => r.HeldOn is null ? DateOnly.FromDateTime(r.CreatedAt.UtcDateTime)
            : r.OpensAt is { } o ? DateOnly.FromDateTime(o.UtcDateTime) : r.HeldOn.Value;
        return [list.Count, list.Count(r => r.Status == "submitted"), list.Count(Open), list.Count(r => Open(r) && Due(r) <= dueBefore),
            list.Count(Expired), list.Count(r => r.Status == "withdrawn")];
    }

    private async Task<List<Row>> RowsAsync(long studyId)
    {
        await using var db = app.OpenDb();
        var rows = await (from i in db.Invitations
                          where i.StudyId == studyId
                          join s in db.Sessions on i.SessionId equals s.SessionId
                          join d in db.Dyads on s.DyadId equals d.DyadId
                          join t in db.Therapists on d.TherapistId equals t.TherapistId
                          select new { Dyad = d.Code, Therapist = t.Code, d.Arm, i.Status, i.OpensAt, i.ExpiresAt, s.HeldOn, i.CreatedAt }).ToListAsync();
        return [.. rows.Select(r => new Row(r.Dyad, r.Therapist, r.Arm, r.Status.Name(), r.OpensAt, r.ExpiresAt, r.HeldOn, r.CreatedAt))];
    }

    private async Task<List<string>> DyadCodesAsync(long studyId)
    {
        await using var db = app.OpenDb();
        return await db.Dyads.Where(d => d.StudyId == studyId).Select(d => d.Code).ToListAsync();
    }

    private static List<string> Dyads(IEnumerable<Row> rows) => Sorted(rows.Select(r => r.Dyad).Distinct());

    private static List<string> Sorted(IEnumerable<string> codes) => [.. codes.Order(StringComparer.Ordinal)];

    [GeneratedRegex("<tr data-dyad=\"([^\"]+)\"")]
    private static partial Regex DyadRow();

    /// <summary>The by-dyad table's pager (the by-therapist table's, on studies of over 50 therapists, has an id).</summary>
    [GeneratedRegex("<nav class=\"pager\"[^>]* data-total=\"([0-9]+)\" data-page=\"[0-9]+\"\\s*>")]
    private static partial Regex Total();
}
