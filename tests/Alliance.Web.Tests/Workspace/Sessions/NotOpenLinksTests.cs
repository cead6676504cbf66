using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Alliance.Data.Invitations;
using Alliance.Data.Model;
using Alliance.Instruments;
using Alliance.Web.Tests.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Sessions;

/// <summary>
/// The researcher's pages tell a link for a session ahead from an open one, by the survey's own rule: the board and the
/// new-link page say "not open yet" with the opening, a new link keeps the window, and the studies list counts such
/// links apart. The tests set the shared clock at their start and sign in after it, so their order does not matter.
/// </summary>
public partial class NotOpenLinksTests(AppWithFakeClock app) : IClassFixture<AppWithFakeClock>
{
    private static readonly DateTimeOffset Recorded = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    /// <summary>A study whose dyad has session 1 held last week and session 3 on 20 March, both recorded now.</summary>
    private async Task<(SessionStudy.Seeded Seeded, IReadOnlyList<IssuedLink> Links)> RecordedAsync()
    {
        app.Clock.AdjustTime(Recorded);
        await using var db = app.OpenDb();
        var seeded = await SessionStudy.CreateAsync(db, dyads: 1);
        var dyad = seeded.Dyads[0].DyadId;
        var links = await InvitationIssuer.RecordSessionsAsync(db, seeded.StudyId,
            [new SessionPlan(dyad, 1, new DateOnly(2026, 2, 23)), new SessionPlan(dyad, 3, new DateOnly(2026, 3, 20))],
            "http://h", Recorded, CancellationToken.None);
        return (seeded, links);
    }

    [Fact]
    public async Task AFutureSessionsLinksShowNotOpenYetWithTheirOpeningOnTheBoard()
    {
        var (seeded, links) = await RecordedAsync();
        using var browser = await Researchers.SignedInAsync(app, seeded.Owner);

        var page = await browser.GetStringAsync(SessionStudy.Url(seeded.StudyId, "sessions?lang=en"));
        var german = await browser.GetStringAsync(SessionStudy.Url(seeded.StudyId, "sessions?lang=de"));

        var shown = Row().Matches(page).ToDictionary(m => Guid.Parse(m.Groups[1].Value), m => m.Groups[2].Value);
        Assert.Equal(3, shown.Count);   // the client form of sessions 1 and 3, the therapist form of session 3
        Assert.All(links, l => Assert.Equal(l.Session.Number == 1 ? "open" : "not_open", shown[l.Invitation.InvitationId]));
        Assert.Equal(2, Count(page, "<span class=\"status status-not_open\">not open yet — opens 2026-03-20 00:00 UTC</span>"));
        Assert.Equal(2, Count(page, "<td>2026-03-30 00:00 UTC</td>"));   // session day + the study's 10-day window
        // German pages write dates as Germans do (issue #20); the links file keeps ISO 8601.
        Assert.Equal(2, Count(german, "noch nicht offen – öffnet 20.03.2026 00:00 UTC"));
    }

    [Fact]
    public async Task ReplacingALinkNotOpenYetSaysSoAndKeepsItsWindow()
    {
        var (seeded, links) = await RecordedAsync();
        var ahead = links.Single(l => l.Session.Number == 3 && l.Invitation.Role == RaterRole.Client).Invitation;
        using var browser = await Researchers.SignedInAsync(app, seeded.Owner);
        var url = SessionStudy.Url(seeded.StudyId, $"sessions/invitations/{ahead.InvitationId:D}/reissue?lang=en");

        var confirm = await browser.GetStringAsync(url);
        using var response = await Researchers.PostFormAsync(browser, url, []);
        var done = await response.Content.ReadAsStringAsync();

        Assert.Contains("not open yet — opens 2026-03-20 00:00 UTC", confirm, StringComparison.Ordinal);
        Assert.Contains("<dd>2026-03-30 00:00 UTC</dd>", confirm, StringComparison.Ordinal);
        Assert.Contains("opens and expires as planned", confirm, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(SessionStudy.Links(done));
        Assert.Contains("Opens 2026-03-20 00:00 UTC, expires 2026-03-30 00:00 UTC", done, StringComparison.Ordinal);
        await using var db = app.OpenDb();
        var stored = await db.Invitations.SingleAsync(i => i.StudyId == seeded.StudyId && i.InvitationId == ahead.InvitationId);
        Assert.Equal((ahead.OpensAt, ahead.ExpiresAt), (stored.OpensAt, stored.ExpiresAt));
        Assert.NotEqual(Convert.ToHexString(ahead.TokenHash!), Convert.ToHexString(stored.TokenHash!));
    }

    [Fact]
    public async Task TheStudiesListCountsLinksNotOpenYetApartFromOpenAndExpiredOnes()
    {
        var (seeded, _) = await RecordedAsync();
        using var browser = await Researchers.SignedInAsync(app, seeded.Owner);

        var page = await browser.GetStringAsync("/studies?lang=en");

        Assert.Contains("<th scope=\"col\" class=\"count\">Not open yet</th>", page, StringComparison.Ordinal);
        var row = page[page.IndexOf(string.Create(CultureInfo.InvariantCulture, $"data-study=\"{seeded.StudyId}\""), StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        // open, not open yet, submitted, expired, responses: session 1's form waits; session 3's two forms are ahead.
        Assert.Equal([1, 2, 0, 0, 0], CountCell().Matches(row).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));
    }

    private static int Count(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    [GeneratedRegex("<tr data-invitation=\"([0-9a-f-]+)\" data-status=\"([a-z_]+)\">")]
    private static partial Regex Row();

    [GeneratedRegex("<td class=\"count\">(\\d+)</td>")]
    private static partial Regex CountCell();
}
