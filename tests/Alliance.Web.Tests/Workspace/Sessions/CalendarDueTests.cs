using System.Text.RegularExpressions;
using Alliance.Data.Invitations;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;
using Alliance.Web.Tests.Workspace.Dashboard;

namespace Alliance.Web.Tests.Workspace.Sessions;

/// <summary>Reminders and completion count a form from the day its link opens: one for a session ahead is not missing.</summary>
public partial class CalendarDueTests(RunningApp app) : IClassFixture<RunningApp>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task ALinkNotOpenYetIsNeitherRemindedNorOverdueNorCountedAsDue()
    {
        await using var db = app.OpenDb();
        var seeded = await SessionStudy.CreateAsync(db, dyads: 1);
        var dyad = seeded.Dyads[0];
        var links = await InvitationIssuer.RecordSessionsAsync(db, seeded.StudyId,
            [new SessionPlan(dyad.DyadId, 1, Today.AddDays(-10)), new SessionPlan(dyad.DyadId, 2, Today.AddDays(5))],
            "http://h", DateTimeOffset.UtcNow, CancellationToken.None);
        var (past, ahead) = (links.Single(l => l.Session.Number == 1).Invitation, links.Single(l => l.Session.Number == 2).Invitation);
        Assert.True(ahead.OpensAt > DateTimeOffset.UtcNow, "session 2's link should open in five days");
        using var browser = await Researchers.SignedInAsync(app, seeded.Owner);

        var reminders = await browser.GetStringAsync(SessionStudy.Url(seeded.StudyId, "reminders?lang=en"));
        var dashboard = await browser.GetStringAsync($"/studies/{seeded.StudyId}?lang=en");

        Assert.Equal([past.InvitationId], ListedRow().Matches(reminders).Select(m => Guid.Parse(m.Groups[1].Value)));
        // issued, submitted, open, overdue, expired, withdrawn, rate: the link ahead is issued and nothing else.
        Assert.Equal(["2", "0", "1", "1", "0", "0", "0 %"], Html.Counts(Html.Element(dashboard, "totals", "</table>")));
    }

    [GeneratedRegex("<tr data-invitation=\"([0-9a-f-]+)\" data-status=\"([a-z]+)\">")]
    private static partial Regex ListedRow();
}
