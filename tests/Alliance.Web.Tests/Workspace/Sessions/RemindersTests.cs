using System.Net;
using System.Text.RegularExpressions;
using Alliance.Data.Invitations;
using Alliance.Data.Model;
using Alliance.Instruments;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Sessions;

public partial class RemindersTests(RunningApp app) : IClassFixture<RunningApp>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>
    /// T01-C01: session 1 held 10 days ago, session 2 five days ago (open). T02-C02: session 1 three days ago, session 2
    /// today (open). T03-C03: session 1 today but its link expires tomorrow; session 2 twenty days ago, link ran out
    /// yesterday; session 3 twenty days ago, answered. Only client forms are due after sessions 1 and 2.
    /// </summary>
    private async Task<(SessionStudy.Seeded Seeded, Dictionary<Guid, string> Names)> BehindAsync()
    {
        await using var db = app.OpenDb();
        var seeded = await SessionStudy.CreateAsync(db, dyads: 3);
        var d = seeded.Dyads;
        var plans = new SessionPlan[]
        {
            new(d[0].DyadId, 1, Today.AddDays(-10)), new(d[0].DyadId, 2, Today.AddDays(-5)),
            new(d[1].DyadId, 1, Today.AddDays(-3)), new(d[1].DyadId, 2, Today),
            new(d[2].DyadId, 1, Today), new(d[2].DyadId, 2, Today.AddDays(-20)), new(d[2].DyadId, 3, Today.AddDays(-20)),
        };
        var links = await InvitationIssuer.RecordSessionsAsync(db, seeded.StudyId, plans, "http://h", DateTimeOffset.UtcNow, CancellationToken.None);
        var names = links.ToDictionary(l => l.Invitation.InvitationId,
            l => $"{d.Single(x => x.DyadId == l.Session.DyadId).Code}/{l.Session.Number}/{l.Invitation.Role.Name()}");
        Guid Id(string name) => names.Single(n => n.Value == name).Key;
        await Set(Id("T03-C03/1/client"), DateTimeOffset.UtcNow.AddDays(1), InvitationStatus.Open);
        await Set(Id("T03-C03/2/client"), DateTimeOffset.UtcNow.AddDays(-1), InvitationStatus.Open);
        await Set(Id("T03-C03/3/client"), DateTimeOffset.UtcNow.AddDays(5), InvitationStatus.Submitted);
        await Set(Id("T03-C03/3/therapist"), DateTimeOffset.UtcNow.AddDays(5), InvitationStatus.Submitted);
        return (seeded, names);

        async Task Set(Guid id, DateTimeOffset expires, InvitationStatus status) =>
            await db.Invitations.Where(i => i.StudyId == seeded.StudyId && i.InvitationId == id)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.ExpiresAt, expires).SetProperty(i => i.Status, status));
    }

    private static List<string> Listed(string page, Dictionary<Guid, string> names) =>
        [.. ListedRow().Matches(page).Select(m => $"{names[Guid.Parse(m.Groups[1].Value)]}:{m.Groups[2].Value}")];

    [Fact]
    public async Task TheListShowsWhoIsBehindByDyadOldestFirstAndNotLinksThatRanOut()
    {
        var (seeded, names) = await BehindAsync();
        using var browser = await Researchers.SignedInAsync(app, seeded.Owner);

        var page = await browser.GetStringAsync(SessionStudy.Url(seeded.StudyId, "reminders?lang=en"));

        // #21: only open links are listed; T03-C03/2 ran out yesterday (still stored open: no expiry job has run).
        Assert.Equal(
            ["T01-C01/1/client:open", "T01-C01/2/client:open", "T02-C02/1/client:open", "T03-C03/1/client:open"],
            Listed(page, names));
        Assert.Contains("data-days=\"10\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("expired: send a new link", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheThresholdIsAQueryParameter()
    {
        var (seeded, names) = await BehindAsync();
        using var browser = await Researchers.SignedInAsync(app, seeded.Owner);

        var page = await browser.GetStringAsync(SessionStudy.Url(seeded.StudyId, "reminders?days=7&lang=en"));
        using var bad = await browser.GetAsync(SessionStudy.Url(seeded.StudyId, "reminders?days=-1&lang=en"));

        Assert.Equal(["T01-C01/1/client:open", "T03-C03/1/client:open"], Listed(page, names));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("class=\"error-summary\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkingRemindedCountsEachReminder()
    {
        var (seeded, names) = await BehindAsync();
        using var browser = await Researchers.SignedInAsync(app, seeded.Owner);
        var page = SessionStudy.Url(seeded.StudyId, "reminders?lang=en");
        var post = SessionStudy.Url(seeded.StudyId, "reminders?handler=mark&days=2&lang=en");
        var one = names.Single(n => n.Value == "T01-C01/1/client").Key;

        using var first = await Researchers.PostFormAsync(browser, page, [new("invitation", one.ToString("D"))], post);
        (await Researchers.PostFormAsync(browser, page, [new("invitation", one.ToString("D"))], post)).Dispose();

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("marked=1", first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await using var db = app.OpenDb();
        var row = await db.Invitations.SingleAsync(i => i.StudyId == seeded.StudyId && i.InvitationId == one);
        Assert.Equal(2, row.ReminderCount);
        Assert.NotNull(row.RemindedAt);
        Assert.Contains("2 times, last", await browser.GetStringAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkAllRemindsTheOpenOnesListedAndNothingElse()
    {
        var (seeded, names) = await BehindAsync();
        await using var db = app.OpenDb();
        var other = await SessionStudy.CreateAsync(db, dyads: 1);
        var foreign = (await InvitationIssuer.RecordSessionsAsync(db, other.StudyId, [new SessionPlan(other.Dyads[0].DyadId, 1, Today.AddDays(-9))],
            "http://h", DateTimeOffset.UtcNow, CancellationToken.None))[0].Invitation.InvitationId;
        using var browser = await Researchers.SignedInAsync(app, seeded.Owner);
        var pageUrl = SessionStudy.Url(seeded.StudyId, "reminders?lang=en");
        var listed = InvitationField().Matches(await browser.GetStringAsync(pageUrl)).Select(m => m.Groups[1].Value).Distinct().ToList();

        using var response = await Researchers.PostFormAsync(browser, pageUrl,
            [.. listed.Append(foreign.ToString("D")).Select(id => new KeyValuePair<string, string>("invitation", id))],
            SessionStudy.Url(seeded.StudyId, "reminders?handler=mark&days=2&lang=en"));

        Assert.Contains("marked=4", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var reminded = await db.Invitations.AsNoTracking().Where(i => i.ReminderCount > 0 && (i.StudyId == seeded.StudyId || i.StudyId == other.StudyId))
            .Select(i => i.InvitationId).ToListAsync();
        Assert.Equal(["T01-C01/1/client", "T01-C01/2/client", "T02-C02/1/client", "T03-C03/1/client"],
            reminded.Select(id => names[id]).Order());
    }

    [Fact]
    public async Task TheCsvIsAToDoListWithoutLinks()
    {
        var (seeded, _) = await BehindAsync();
        using var browser = await Researchers.SignedInAsync(app, seeded.Owner);

        using var response = await browser.GetAsync(SessionStudy.Url(seeded.StudyId, "reminders?handler=csv&days=2&lang=en"));
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("dyad,session,held_on,role,instrument,status,days_overdue,expires_at,reminded_at,reminder_count", lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith($"T01-C01,1,{Today.AddDays(-10):yyyy-MM-dd},client,wa-client,open,10,", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("/s/", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutASessionDateTheDayTheLinkWasCreatedCounts()
    {
        await using var db = app.OpenDb();
        var seeded = await SessionStudy.CreateAsync(db, dyads: 1);
        var links = await InvitationIssuer.RecordSessionsAsync(db, seeded.StudyId,
            [new SessionPlan(seeded.Dyads[0].DyadId, 1, Today), new SessionPlan(seeded.Dyads[0].DyadId, 2, Today)],
            "http://h", DateTimeOffset.UtcNow, CancellationToken.None);
        var (old, fresh) = (links[0].Invitation.InvitationId, links[1].Invitation.InvitationId);
        await db.Sessions.Where(s => s.StudyId == seeded.StudyId).ExecuteUpdateAsync(u => u.SetProperty(s => s.HeldOn, (DateOnly?)null));
        await db.Invitations.Where(i => i.InvitationId == old).ExecuteUpdateAsync(u => u.SetProperty(i => i.CreatedAt, DateTimeOffset.UtcNow.AddDays(-3)));
        using var browser = await Researchers.SignedInAsync(app, seeded.Owner);

        var page = await browser.GetStringAsync(SessionStudy.Url(seeded.StudyId, "reminders?lang=en"));

        Assert.Contains($"<tr data-invitation=\"{old:D}\" data-status=\"open\">", page, StringComparison.Ordinal);
        Assert.Contains("data-days=\"3\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(fresh.ToString("D"), page, StringComparison.Ordinal);
    }

    [GeneratedRegex("<tr data-invitation=\"([0-9a-f-]+)\" data-status=\"([a-z]+)\">")]
    private static partial Regex ListedRow();

    [GeneratedRegex("<input type=\"hidden\" name=\"invitation\" value=\"([0-9a-f-]+)\">")]
    private static partial Regex InvitationField();
}
