using System.Text.RegularExpressions;
using Alliance.Data.Invitations;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;
using Alliance.Web.Tests.Workspace.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Listing;

/// <summary>
/// The reminders list and the studies page's counts agree with the invitations table on a few hundred dyads, whether
/// ran-out links are still stored open or already marked expired (#21).
/// </summary>
public partial class RemindersAndCountsTests(RunningApp app) : IClassFixture<RunningApp>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task TheRemindersListIsEveryOpenOverdueLinkFiftyAPageAndTheStudiesPageCountsAgree()
    {
        await using var db = app.OpenDb();
        var seeded = await ListedStudy.CreateAsync(db, 150);
        // Sessions 1 (ten days ago) and 2 (five days ago) for every dyad: 300 client links, all due.
        var plans = seeded.Dyads.SelectMany(d => new[] { new SessionPlan(d.DyadId, 1, Today.AddDays(-10)), new SessionPlan(d.DyadId, 2, Today.AddDays(-5)) });
        var links = await InvitationIssuer.RecordSessionsAsync(db, seeded.StudyId, [.. plans], "http://h", DateTimeOffset.UtcNow, CancellationToken.None);
        var ids = links.Select(l => l.Invitation.InvitationId).ToList();
        // Every fifth answered, every seventh ran out yesterday (still stored open), every eleventh marked expired.
        await SetAsync(db, seeded.StudyId, ids.Where((_, k) => k % 5 == 0), InvitationStatus.Submitted, null);
        await SetAsync(db, seeded.StudyId, ids.Where((_, k) => k % 5 != 0 && k % 7 == 0), InvitationStatus.Open, DateTimeOffset.UtcNow.AddDays(-1));
        await SetAsync(db, seeded.StudyId, ids.Where((_, k) => k % 5 != 0 && k % 7 != 0 && k % 11 == 0), InvitationStatus.Expired, DateTimeOffset.UtcNow.AddDays(-1));
        var now = DateTimeOffset.UtcNow;
        var stored = await db.Invitations.AsNoTracking().Where(i => i.StudyId == seeded.StudyId).ToListAsync();
        var overdue = stored.Where(i => i.Status == InvitationStatus.Open && (i.ExpiresAt is null || i.ExpiresAt > now))
            .Select(i => i.InvitationId.ToString("D")).Order().ToList();
        using var browser = await Researchers.SignedInAsync(app, seeded.Owner);

        var listed = new List<string>();
        for (var page = 1; page <= (overdue.Count + 49) / 50; page++)
        {
            var html = await browser.GetStringAsync(SessionStudy.Url(seeded.StudyId, $"reminders?page={page}&lang=en"));
            var rows = ListedRow().Matches(html).Select(m => m.Groups[1].Value).ToList();
            Assert.InRange(rows.Count, 1, 50);
            Assert.Contains($"data-total=\"{overdue.Count}\"", html, StringComparison.Ordinal);
            listed.AddRange(rows);
        }
        var studies = await browser.GetStringAsync("/studies?lang=en");

        Assert.Equal(overdue, listed.Order());
        var counts = CountCells().Matches(Regex.Match(studies, $"<tr data-study=\"{seeded.StudyId}\">.*?</tr>", RegexOptions.Singleline).Value)
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(
            [
                overdue.Count, 0, stored.Count(i => i.Status == InvitationStatus.Submitted),
                stored.Count(i => i.Status == InvitationStatus.Expired || (i.Status == InvitationStatus.Open && i.ExpiresAt <= now)), 0,
            ],
            counts);
    }

    private static Task<int> SetAsync(Alliance.Data.AllianceDbContext db, long studyId, IEnumerable<Guid> ids, InvitationStatus status, DateTimeOffset? expires)
    {
        var chosen = ids.ToList();
        return db.Invitations.Where(i => i.StudyId == studyId && chosen.Contains(i.InvitationId)).ExecuteUpdateAsync(u => u
            .SetProperty(i => i.Status, status).SetProperty(i => i.ExpiresAt, i => expires ?? i.ExpiresAt));
    }

    [GeneratedRegex("<tr data-invitation=\"([0-9a-f-]+)\" data-status=\"open\">")]
    private static partial Regex ListedRow();

    [GeneratedRegex("<td class=\"count\">([0-9]+)</td>")]
    private static partial Regex CountCells();
}
