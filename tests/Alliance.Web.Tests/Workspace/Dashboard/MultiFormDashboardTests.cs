using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Alliance.Web.Tests.Workspace.Dashboard;

/// <summary>
/// Issue 14 on the dashboard and the dyad page (<see cref="MultiFormStudy"/>): every score is the one stored in
/// <c>responses.scores</c>, shown under its own form with its own range; the session check (0–40) stands alone, the
/// two working-alliance forms (1–5) side by side; the cutoff alert is the session check's.
/// </summary>
public class MultiFormDashboardTests(DashboardStudies app) : IClassFixture<DashboardStudies>
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly (string Instrument, string Role)[] Forms =
        [("session-vas", "client"), ("wa-client", "client"), ("wa-therapist", "therapist")];

    private static string Number(double value) => value.ToString("0.##", Inv);

    private async Task<(MultiFormStudy.Built Study, Dictionary<(int Session, string Instrument), double> Stored)> OpenAsync()
    {
        var study = (await app.StudiesAsync()).MultiForm;
        await using var db = app.OpenDb();
        return (study, await MultiFormStudy.StoredTotalsAsync(db, study.StudyId));
    }

    [Fact]
    public async Task TheStoredScoresAreEachFormsOwnRule()
    {
        var (_, stored) = await OpenAsync();

        // A sum of four 0–10 lines and two item means of 1–5 items: the scale each page must show them on.
        Assert.Equal(30, stored[(3, "session-vas")], 9);
        Assert.Equal(3.75, stored[(3, "wa-client")], 9);
        Assert.Equal(4.25, stored[(3, "wa-therapist")], 9);
    }

    [Fact]
    public async Task EachLatestScoreIsTheStoredScoreUnderItsFormAndRangeAndOnlyParallelFormsShareAConstruct()
    {
        var (study, stored) = await OpenAsync();
        using var browser = await Researchers.SignedInAsync(app, study.Owner);

        var page = await browser.GetStringAsync($"/studies/{study.StudyId}?lang=en");

        var row = Html.Row(page, "dyad", MultiFormStudy.DyadCode);
        foreach (var (instrument, _) in Forms)
        {
            Assert.Equal($"{Number(stored[(3, instrument)])} (session 3, {instrument})", Html.FormCell(row, "td", instrument));
        }
        Assert.Equal("Latest client score: Session check — four lines (0–40)", Html.FormCell(page, "th", "session-vas"));
        Assert.Equal("Latest client score: Working alliance — client form (1–5)", Html.FormCell(page, "th", "wa-client"));
        Assert.Equal("Latest therapist score: Working alliance — therapist form (1–5)", Html.FormCell(page, "th", "wa-therapist"));
        var table = Html.Element(page, "dyads", "</thead>");
        Assert.Equal(["1 session-rating", "2 working-alliance"],
            Regex.Matches(table, "colspan=\"(\\d+)\" data-construct=\"([^\"]+)\"").Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}"));
        Assert.Equal(Forms.Select(f => f.Instrument), Regex.Matches(table, "<th scope=\"col\" data-form=\"([^\"]+)\"").Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task TheDyadPageShowsEachStoredScoreUnderItsFormsTitleAndChartsEachConstructOnItsOwnScale()
    {
        var (study, stored) = await OpenAsync();
        using var browser = await Researchers.SignedInAsync(app, study.Owner);

        var page = await browser.GetStringAsync($"/studies/{study.StudyId}/dyads/{MultiFormStudy.DyadCode}?lang=en");

        Assert.Equal("Client: Session check — four lines (0–40)", Html.FormCell(page, "th", "session-vas"));
        Assert.Equal("Client: Working alliance — client form (1–5)", Html.FormCell(page, "th", "wa-client"));
        Assert.Equal("Therapist: Working alliance — therapist form (1–5)", Html.FormCell(page, "th", "wa-therapist"));
        for (var n = 1; n <= 3; n++)
        {
            var row = Html.Row(page, "session", n.ToString(Inv));
            foreach (var (instrument, role) in Forms)
            {
                var score = stored[(n, instrument)];
                Assert.Equal(Number(score), Html.FormCell(row, "td", instrument));
                var range = instrument == "session-vas" ? "0–40" : "1–5";
                Assert.Contains($"{role}, {instrument}: submitted, {Number(score)} ({range})", Html.Text(row), StringComparison.Ordinal);
            }
        }

        var session = Chart(page, "trajectory-1");
        var alliance = Chart(page, "trajectory-2");
        Assert.Contains("data-construct=\"session-rating\"", page, StringComparison.Ordinal);
        Assert.Contains("Session check total (0–40)", Texts(session));
        Assert.Contains("Alert cutoff 36", Texts(session));
        Assert.Contains("40", Texts(session));
        Assert.Contains($"Client, session 3: {Number(stored[(3, "session-vas")])}", Titles(session));
        Assert.DoesNotContain(Texts(session).Concat(Titles(session)), t => t.Contains("Therapist", StringComparison.Ordinal));

        Assert.Contains("Working alliance (1–5)", Texts(alliance));
        Assert.Contains("5", Texts(alliance));
        Assert.DoesNotContain("40", Texts(alliance));
        Assert.DoesNotContain(Texts(alliance), t => t.Contains("cutoff", StringComparison.Ordinal));
        Assert.Contains($"Client, session 3: {Number(stored[(3, "wa-client")])}", Titles(alliance));
        Assert.Contains($"Therapist, session 3: {Number(stored[(3, "wa-therapist")])}", Titles(alliance));
        Assert.DoesNotContain(Titles(alliance), t => t.EndsWith(": " + Number(stored[(3, "session-vas")]), StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheCutoffAlertIsTheSessionChecksAndThePagesNameTheFormsTheRuptureRuleFollows()
    {
        var (study, _) = await OpenAsync();
        using var browser = await Researchers.SignedInAsync(app, study.Owner);

        var dashboard = await browser.GetStringAsync($"/studies/{study.StudyId}?lang=en");
        var dyad = await browser.GetStringAsync($"/studies/{study.StudyId}/dyads/{MultiFormStudy.DyadCode}?lang=en");

        const string expected = "session-vas: score 30 in session 3 meets the cutoff total < 36. "
            + "Session rated below the alert threshold: ask about it next time.";
        Assert.Equal(expected, Html.Cell(Html.Row(dashboard, "dyad", MultiFormStudy.DyadCode), "alerts"));
        Assert.Equal(expected, Html.Text(Html.Element(dyad, "alerts", "</ul>")));
        const string followed = "Each client form is a series of its own for the rupture rule, on its own score and scale: "
            + "session-vas (Session check total, 0–40); wa-client (Working alliance, 1–5).";
        Assert.Contains(followed, Html.Text(dashboard), StringComparison.Ordinal);
        Assert.Equal(followed, Html.Text(Html.Element(dyad, "rupture-forms", "</p>")));
    }

    private static XDocument Chart(string page, string figure)
    {
        var html = Html.Element(page, figure, "</figure>");
        var start = html.IndexOf("<svg", StringComparison.Ordinal);
        return XDocument.Parse(html[start..(html.IndexOf("</svg>", start, StringComparison.Ordinal) + "</svg>".Length)]);
    }

    private static List<string> Texts(XDocument svg) => [.. svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value)];

    private static List<string> Titles(XDocument svg) => [.. svg.Descendants().Where(e => e.Name.LocalName == "title").Select(e => e.Value)];
}
