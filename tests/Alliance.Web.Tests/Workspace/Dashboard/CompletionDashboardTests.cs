using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Alliance.Data.Model;
using Alliance.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Dashboard;

public class CompletionDashboardTests(DashboardStudies app) : IClassFixture<DashboardStudies>
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private sealed record Counted(int Issued, int Submitted, int Open, int Overdue, int Expired, int Withdrawn)
    {
        public string Rate => Submitted + Overdue + Expired is var due and > 0
            ? ((double)Submitted / due * 100).ToString("0", Inv) + " %" : "nothing due yet";
    }

    /// <summary>The page's definition, applied here to the raw rows: the numbers the page must show.</summary>
    private static Counted Count(IEnumerable<(string Status, DateTimeOffset? ExpiresAt, DateOnly? HeldOn)> rows)
    {
        var now = DateTimeOffset.UtcNow;
        var dueBefore = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-2);
        var list = rows.ToList();
        bool Expired((string Status, DateTimeOffset? ExpiresAt, DateOnly? HeldOn) r) =>
            r.Status == "expired" || (r.Status == "open" && r.ExpiresAt <= now);
        var open = list.Where(r => r.Status == "open" && !Expired(r)).ToList();
        return new Counted(list.Count, list.Count(r => r.Status == "submitted"), open.Count, open.Count(r => r.HeldOn <= dueBefore),
            list.Count(Expired), list.Count(r => r.Status == "withdrawn"));
    }

    private Task<HttpClient> AsAsync(long studyId, string role, string? therapist = null) =>
        Researchers.SignedInMemberAsync(app, studyId, role, therapist);

    [Fact]
    public async Task CompletionNumbersEqualCountsTakenFromTheDatabase()
    {
        var (demo, _) = await app.StudiesAsync();
        await using var db = app.OpenDb();
        var rows = await (from i in db.Invitations
                          where i.StudyId == demo.StudyId
                          join s in db.Sessions on i.SessionId equals s.SessionId
                          join d in db.Dyads on s.DyadId equals d.DyadId
                          join t in db.Therapists on d.TherapistId equals t.TherapistId
                          select new { Dyad = d.Code, Therapist = t.Code, i.Status, i.ExpiresAt, s.HeldOn, s.Number }).ToListAsync();
        using var browser = await AsAsync(demo.StudyId, StudyRoles.Researcher);

        var page = await browser.GetStringAsync($"/studies/{demo.StudyId}?lang=en");

        var all = Count(rows.Select(r => (r.Status.Name(), r.ExpiresAt, r.HeldOn)));
        Assert.True(all.Overdue > 0 && all.Expired > 0 && all.Withdrawn > 0, "the fixture should make overdue, expired and withdrawn links");
        Assert.Equal([$"{all.Issued}", $"{all.Submitted}", $"{all.Open}", $"{all.Overdue}", $"{all.Expired}", $"{all.Withdrawn}", all.Rate],
            Html.Counts(Html.Element(page, "totals", "</table>")));
        foreach (var g in rows.GroupBy(r => r.Therapist))
        {
            var c = Count(g.Select(r => (r.Status.Name(), r.ExpiresAt, r.HeldOn)));
            var dyads = g.Select(r => r.Dyad).Distinct().Count();
            Assert.Equal([$"{dyads}", $"{c.Submitted}", $"{c.Overdue}", $"{c.Expired}", c.Rate], Html.Counts(Html.Row(page, "therapist", g.Key)));
        }
        foreach (var g in rows.GroupBy(r => r.Dyad))
        {
            var c = Count(g.Select(r => (r.Status.Name(), r.ExpiresAt, r.HeldOn)));
            var sessions = g.Select(r => r.Number).Distinct().Count();
            Assert.Equal([$"{sessions}", c.Rate, $"{c.Overdue}"], Html.Counts(Html.Row(page, "dyad", g.Key)));
        }
        Assert.Contains("Completion rate = submitted ÷ (submitted + overdue + expired)", Html.Text(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompletionPerStudyWeekIsChartedAndTabulatedFromTheDatabase()
    {
        var (demo, _) = await app.StudiesAsync();
        await using var db = app.OpenDb();
        var rows = await (from i in db.Invitations
                          where i.StudyId == demo.StudyId
                          join s in db.Sessions on i.SessionId equals s.SessionId
                          select new { i.Status, i.ExpiresAt, s.HeldOn }).ToListAsync();
        using var browser = await AsAsync(demo.StudyId, StudyRoles.Owner);

        var page = await browser.GetStringAsync($"/studies/{demo.StudyId}?lang=en");

        var first = rows.Min(r => r.HeldOn!.Value);
        var weeks = rows.GroupBy(r => ((r.HeldOn!.Value.DayNumber - first.DayNumber) / 7) + 1).OrderBy(g => g.Key).ToList();
        Assert.Equal(Enumerable.Range(1, weeks[^1].Key), weeks.Select(w => w.Key));
        foreach (var week in weeks)
        {
            var c = Count(week.Select(r => (r.Status.Name(), r.ExpiresAt, r.HeldOn)));
            Assert.Equal([$"{c.Submitted + c.Overdue + c.Expired}", $"{c.Submitted}", c.Rate],
                Html.Counts(Html.Row(page, "week", week.Key.ToString(Inv))));
        }
        var chart = Html.Element(page, "weeks-chart", "</figure>");
        var svg = XDocument.Parse(chart[chart.IndexOf("<svg", StringComparison.Ordinal)..(chart.IndexOf("</svg>", StringComparison.Ordinal) + 6)]);
        Assert.DoesNotContain(svg.Descendants().Attributes(), a => a.Name.LocalName == "style");
    }

    [Fact]
    public async Task LatestScoresAreEachRolesLastScoredSessionWithItsNumber()
    {
        var (demo, _) = await app.StudiesAsync();
        await using var db = app.OpenDb();
        var scored = await (from r in db.Responses
                            where r.StudyId == demo.StudyId
                            join i in db.Invitations on r.InvitationId equals i.InvitationId
                            join s in db.Sessions on i.SessionId equals s.SessionId
                            join d in db.Dyads on s.DyadId equals d.DyadId
                            join v in db.InstrumentVersions on i.InstrumentVersionId equals v.InstrumentVersionId
                            select new { d.Code, i.Role, s.Number, r.Scores, v.InstrumentId }).ToListAsync();
        // The dashboard tracks, per role, the form with the most responses in the study (DashboardForms): in the
        // multi-form demo the session form for clients (after every session), the alliance form for therapists.
        var tracked = scored.GroupBy(s => s.Role).ToDictionary(g => g.Key.Name(),
            g => g.GroupBy(s => s.InstrumentId).OrderByDescending(f => f.Count()).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key);
        using var browser = await AsAsync(demo.StudyId, StudyRoles.Analyst);

        var page = await browser.GetStringAsync($"/studies/{demo.StudyId}?lang=en");

        foreach (var dyad in scored.GroupBy(s => s.Code))
        {
            var row = Html.Row(page, "dyad", dyad.Key);
            foreach (var role in new[] { "client", "therapist" })
            {
                var latest = dyad.Where(s => s.Role.Name() == role && s.InstrumentId == tracked[role])
                    .Select(s => (s.Number, Total: JsonDocument.Parse(s.Scores!).RootElement.GetProperty("total")))
                    .Where(s => s.Total.ValueKind == JsonValueKind.Number).MaxBy(s => s.Number);
                var expected = string.Create(Inv, $"{latest.Total.GetDouble():0.##} (session {latest.Number}, {tracked[role]})");
                Assert.Equal(expected, Html.Cell(row, "latest-" + role));
            }
        }
    }

    [Theory]
    [InlineData(StudyRoles.Owner)]
    [InlineData(StudyRoles.Researcher)]
    [InlineData(StudyRoles.Analyst)]
    [InlineData(StudyRoles.Clinician)]
    public async Task EveryStudyRoleMayOpenTheDashboardAndADyadPage(string role)
    {
        var (demo, _) = await app.StudiesAsync();
        using var browser = await AsAsync(demo.StudyId, role, role == StudyRoles.Clinician ? "T01" : null);

        using var dashboard = await browser.GetAsync($"/studies/{demo.StudyId}");
        using var dyad = await browser.GetAsync($"/studies/{demo.StudyId}/dyads/T01-C01");

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dyad.StatusCode);
    }

    [Fact]
    public async Task NonMembersGetNotFoundAndAnotherStudysDyadIsNotFound()
    {
        var (demo, alerts) = await app.StudiesAsync();
        using var outsider = await Researchers.SignedInAsync(app, alerts.Owner);
        using var owner = await AsAsync(demo.StudyId, StudyRoles.Owner);

        using var dashboard = await outsider.GetAsync($"/studies/{demo.StudyId}");
        using var dyad = await outsider.GetAsync($"/studies/{demo.StudyId}/dyads/T01-C01");
        using var foreignDyad = await owner.GetAsync($"/studies/{demo.StudyId}/dyads/A-1");
        var ownPage = await owner.GetStringAsync($"/studies/{demo.StudyId}");

        Assert.Equal(HttpStatusCode.NotFound, dashboard.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, dyad.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignDyad.StatusCode);
        Assert.DoesNotContain("data-dyad=\"A-1\"", ownPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClinicianSeesOnlyTheirTherapistsDyads()
    {
        var (demo, _) = await app.StudiesAsync();
        using var clinician = await AsAsync(demo.StudyId, StudyRoles.Clinician, "T01");
        using var unassigned = await AsAsync(demo.StudyId, StudyRoles.Clinician);

        var page = await clinician.GetStringAsync($"/studies/{demo.StudyId}?lang=en");
        using var other = await clinician.GetAsync($"/studies/{demo.StudyId}/dyads/T02-C05");
        var empty = await unassigned.GetStringAsync($"/studies/{demo.StudyId}?lang=en");

        var listed = System.Text.RegularExpressions.Regex.Matches(page, "data-dyad=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["T01-C01", "T01-C02", "T01-C03", "T01-C04"], listed);
        Assert.DoesNotContain("data-therapist=\"T02\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain("data-dyad=", empty, StringComparison.Ordinal);
        Assert.Contains("No dyads to show", empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GermanPagesUseTheGermanWording()
    {
        var (demo, _) = await app.StudiesAsync();
        using var browser = await AsAsync(demo.StudyId, StudyRoles.Researcher);

        var page = Html.Text(await browser.GetStringAsync($"/studies/{demo.StudyId}?lang=de"));
        var dyad = Html.Text(await browser.GetStringAsync($"/studies/{demo.StudyId}/dyads/T01-C01?lang=de"));

        Assert.Contains("Rücklaufquote", page, StringComparison.Ordinal);
        Assert.Contains("Nach Dyade", page, StringComparison.Ordinal);
        Assert.Contains("Zurück zur Rücklaufübersicht", dyad, StringComparison.Ordinal);
    }
}
