using System.Text.RegularExpressions;
using Alliance.Data.Invitations;
using Alliance.Data.Model;
using Alliance.Instruments;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Sessions;

public partial class SessionStatusTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task EachInvitationShowsWhatItsParticipantWouldSeeAndOnlyUnansweredOnesOfferANewLink()
    {
        await using var db = app.OpenDb();
        var seeded = await SessionStudy.CreateAsync(db, dyads: 1);
        var dyad = seeded.Dyads[0];
        var links = await InvitationIssuer.RecordSessionsAsync(db, seeded.StudyId,
            [.. Enumerable.Range(1, 4).Select(n => new SessionPlan(dyad.DyadId, n, new DateOnly(2026, 2, n)))],
            "http://h", DateTimeOffset.UtcNow, CancellationToken.None);
        Guid Client(int session) => links.Single(l => l.Session.Number == session && l.Invitation.Role == RaterRole.Client).Invitation.InvitationId;
        var (answered, ranOut) = (Client(2), Client(3));
        await db.Invitations.Where(i => i.InvitationId == answered).ExecuteUpdateAsync(u => u.SetProperty(i => i.Status, InvitationStatus.Submitted));
        await db.Invitations.Where(i => i.InvitationId == ranOut).ExecuteUpdateAsync(u => u.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddHours(-1)));
        db.Withdrawals.Add(new Withdrawal { StudyId = seeded.StudyId, WithdrawalId = Guid.NewGuid(), InvitationId = Client(4), WithdrawnAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        using var browser = await Researchers.SignedInAsync(app, seeded.Owner);

        var page = await browser.GetStringAsync(SessionStudy.Url(seeded.StudyId, "sessions?lang=en"));

        var shown = Row().Matches(page).ToDictionary(m => Guid.Parse(m.Groups[1].Value), m => m.Groups[2].Value);
        Assert.Equal(5, shown.Count);   // four client forms and the therapist form after session 3
        Assert.Equal(["open", "submitted", "expired", "withdrawn"], Enumerable.Range(1, 4).Select(n => shown[Client(n)]));
        Assert.Contains($"sessions/invitations/{Client(1):D}/reissue", page, StringComparison.Ordinal);
        Assert.Contains($"sessions/invitations/{Client(3):D}/reissue", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"sessions/invitations/{Client(2):D}/reissue", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"sessions/invitations/{Client(4):D}/reissue", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDemoStudysSessionsPageShowsItsAnsweredAndOpenForms()
    {
        await using var db = app.OpenDb();
        var demo = await Alliance.Data.Demo.DemoStudy.SeedAsync(db, app.BaseAddress.ToString(), 21, CancellationToken.None);
        using var browser = Researchers.Browser(app);
        (await Researchers.PostSignInAsync(browser, demo.Email, demo.Password)).Dispose();

        // The list shows 10 dyads a page: the demo's 24 are on pages 1 to 3.
        var pages = new List<string>();
        foreach (var n in new[] { 1, 2, 3 })
        {
            pages.Add(await browser.GetStringAsync($"/studies/{demo.StudyId}/sessions?page={n}&lang=en"));
        }
        var page = pages[0];

        var statuses = pages.SelectMany(p => Row().Matches(p)).Select(m => m.Groups[2].Value).ToList();
        // Per dyad: the client's session form at 1–10 and both roles' alliance forms at 3, 6, 10; at 11 only the session form.
        Assert.Equal(24 * (10 + 3 + 3), statuses.Count(s => s == "submitted"));
        Assert.Equal(24, statuses.Count(s => s == "open"));
        Assert.Contains("handler=record", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("<tr data-invitation=\"([0-9a-f-]+)\" data-status=\"([a-z]+)\">")]
    private static partial Regex Row();
}
