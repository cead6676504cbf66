using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Dashboard;

public class DyadPageTests(DashboardStudies app) : IClassFixture<DashboardStudies>
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static XDocument Chart(string page) => Charts(page)[0];

    /// <summary>Every inline SVG chart of the page (one per construct), each parsed as XML.</summary>
    private static List<XDocument> Charts(string page)
    {
        var charts = new List<XDocument>();
        for (var start = page.IndexOf("<svg", StringComparison.Ordinal); start >= 0; start = page.IndexOf("<svg", start + 1, StringComparison.Ordinal))
        {
            var end = page.IndexOf("</svg>", start, StringComparison.Ordinal) + "</svg>".Length;
            charts.Add(XDocument.Parse(page[start..end]));
        }
        Assert.True(charts.Count > 0, "the page has no inline SVG");
        return charts;
    }

    [Fact]
    public async Task TheTrajectoryChartIsInlineSvgThatParsesAsXmlAndHasNoStyle()
    {
        var (demo, _) = await app.StudiesAsync();
        using var browser = await Researchers.SignedInAsync(app, await JoinAsync(demo.StudyId, StudyRoles.Researcher));

        var page = await browser.GetStringAsync($"/studies/{demo.StudyId}/dyads/T01-C01?lang=en");

        // The multi-form demo: the session check's chart, then the working-alliance pair's (client and therapist).
        var charts = Charts(page);
        Assert.Equal(2, charts.Count);
        foreach (var svg in charts)
        {
            Assert.DoesNotContain(svg.Descendants().Attributes(), a => a.Name.LocalName == "style");
            Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "style");
        }
        Assert.DoesNotContain("style=", page, StringComparison.Ordinal);
        var labels = charts[1].Descendants().Where(e => e.Name.LocalName == "title").Select(e => e.Value).ToList();
        Assert.Contains(labels, l => l.StartsWith("Client, session 3:", StringComparison.Ordinal));
        Assert.Contains(labels, l => l.StartsWith("Therapist, session 10:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheSessionTableHoldsTheChartsNumbers()
    {
        var (_, alerts) = await app.StudiesAsync();
        using var browser = await Researchers.SignedInAsync(app, alerts.Owner);

        var page = await browser.GetStringAsync($"/studies/{alerts.StudyId}/dyads/A-1?lang=en");

        var totals = AlertStudy.ClientTotals["A-1"];
        for (var n = 1; n <= totals.Length; n++)
        {
            var row = Html.Row(page, "session", n.ToString(Inv));
            Assert.Equal(totals[n - 1].ToString("0.##", Inv), Html.Cell(row, "count client-score"));
            Assert.Equal(AlertStudy.TherapistTotal(n).ToString("0.##", Inv), Html.Cell(row, "count therapist-score"));
        }
        Assert.Contains(Chart(page).Descendants().Where(e => e.Name.LocalName == "title").Select(e => e.Value),
            l => l == "Client, session 5: 26");
    }

    [Fact]
    public async Task AClientScoreBelowItsFormsCutoffIsAnAlertNamingSessionAndScore()
    {
        var (_, alerts) = await app.StudiesAsync();
        using var browser = await Researchers.SignedInAsync(app, alerts.Owner);

        var dashboard = await browser.GetStringAsync($"/studies/{alerts.StudyId}?lang=en");
        var dyad = await browser.GetStringAsync($"/studies/{alerts.StudyId}/dyads/B-1?lang=en");

        const string expected = "session-vas: score 33 in session 5 meets the cutoff total < 36. "
            + "Session rated below the alert threshold: ask about it next time.";
        Assert.Equal(expected, Html.Cell(Html.Row(dashboard, "dyad", "B-1"), "alerts"));
        Assert.Equal(expected, Html.Text(Html.Element(dyad, "alerts", "</ul>")));
        Assert.Equal("No alerts.", Html.Cell(Html.Row(dashboard, "dyad", "C-1"), "alerts"));
        Assert.DoesNotContain("meets the cutoff", Html.Cell(Html.Row(dashboard, "dyad", "A-1"), "alerts"), StringComparison.Ordinal);
        Assert.Contains(Chart(dyad).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value), t => t == "Alert cutoff 36");
    }

    [Fact]
    public async Task ADropFlaggedByTheRuptureRuleIsAnAlertWithItsSessionsAndDepth()
    {
        var (_, alerts) = await app.StudiesAsync();
        using var browser = await Researchers.SignedInAsync(app, alerts.Owner);

        var dashboard = await browser.GetStringAsync($"/studies/{alerts.StudyId}?lang=en");
        var dyad = await browser.GetStringAsync($"/studies/{alerts.StudyId}/dyads/A-1?lang=en");

        var depth = (12 / alerts.Sd).ToString("0.##", Inv);
        var expected = $"Rupture at session 5: the client's score fell from 38 (session 4) to 26, a drop of {depth} SD; repaired at session 6.";
        Assert.Equal(expected, Html.Cell(Html.Row(dashboard, "dyad", "A-1"), "alerts"));
        Assert.Equal(expected, Html.Text(Html.Element(dyad, "alerts", "</ul>")));
        Assert.DoesNotContain("Rupture", Html.Cell(Html.Row(dashboard, "dyad", "B-1"), "alerts"), StringComparison.Ordinal);
        Assert.Contains("rupture", Html.Text(Html.Row(dyad, "session", "5")), StringComparison.Ordinal);
        Assert.Contains("repair", Html.Text(Html.Row(dyad, "session", "6")), StringComparison.Ordinal);
        var titles = Chart(dyad).Descendants().Where(e => e.Name.LocalName == "title").Select(e => e.Value).ToList();
        Assert.Contains("Rupture at session 5", titles);
        Assert.Contains("Repair at session 6", titles);
    }

    [Fact]
    public async Task ViewingADyadPageWritesOneAuditEntryNamingTheDyad()
    {
        var (demo, _) = await app.StudiesAsync();
        var member = await JoinAsync(demo.StudyId, StudyRoles.Analyst);
        using var browser = await Researchers.SignedInAsync(app, member);

        (await browser.GetAsync($"/studies/{demo.StudyId}/dyads/T03-C10")).Dispose();
        (await browser.GetAsync($"/studies/{demo.StudyId}/dyads/NO-SUCH")).Dispose();

        await using var db = app.OpenDb();
        var entries = await db.AuditLog.Where(a => a.StudyId == demo.StudyId && a.Actor.Contains(member.Email)).ToListAsync();
        var entry = Assert.Single(entries);
        Assert.Equal("view", entry.Action);
        using var detail = JsonDocument.Parse(entry.Detail);
        Assert.Equal("dyad", detail.RootElement.GetProperty("page").GetString());
        Assert.Equal("T03-C10", detail.RootElement.GetProperty("dyad").GetString());
    }

    [Fact]
    public async Task ViewingTheDashboardWritesOneAuditEntryWithTheNumberOfDyadsShown()
    {
        var (demo, _) = await app.StudiesAsync();
        var member = await JoinAsync(demo.StudyId, StudyRoles.Researcher);
        using var browser = await Researchers.SignedInAsync(app, member);

        (await browser.GetAsync($"/studies/{demo.StudyId}")).Dispose();

        await using var db = app.OpenDb();
        var entry = Assert.Single(await db.AuditLog.Where(a => a.StudyId == demo.StudyId && a.Actor.Contains(member.Email)).ToListAsync());
        Assert.Equal("view", entry.Action);
        using var detail = JsonDocument.Parse(entry.Detail);
        Assert.Equal("dashboard", detail.RootElement.GetProperty("page").GetString());
        var dyads = await db.Dyads.CountAsync(d => d.StudyId == demo.StudyId);
        Assert.Equal(dyads, detail.RootElement.GetProperty("dyads").GetInt32());
    }

    private async Task<Researchers.Member> JoinAsync(long studyId, string role)
    {
        await using var db = app.OpenDb();
        return await Researchers.JoinAsync(db, studyId, role);
    }
}
