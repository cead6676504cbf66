using System.Net;
using System.Text.RegularExpressions;
using Alliance.Data.Contacts;
using Alliance.Data.Mail;
using Alliance.Data.Model;
using Alliance.Testing.Mail;
using Alliance.Testing.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Alliance.Web.Tests.Mail;

/// <summary>
/// Participants' mail end to end with two web instances on one database, both running the mail job, and the run's
/// real SMTP server: the invitation and the reminder arrive once each with a link that opens the survey on either
/// instance; the unsubscribe link (no sign-in) stops further mail.
/// </summary>
public sealed partial class SessionMailTests(MailInstances pair) : IClassFixture<MailInstances>
{
    /// <summary>A client with an address whose link opened <paramref name="openedDaysAgo"/> days ago; the line reminds after 2 days when <paramref name="remind"/>.</summary>
    private async Task<(StudySeed.Link Link, string Address)> ClientWithAddressAsync(int openedDaysAgo, bool remind)
    {
        var address = $"client-{Guid.NewGuid():N}@example.org";
        await using var db = pair.OpenDb();
        var link = (await StudySeed.CreateAsync(db, false, TimeSpan.FromDays(7), ("client", "session-vas")))[0];
        var invitation = await db.Invitations.SingleAsync(i => i.StudyId == link.StudyId && i.InvitationId == link.InvitationId);
        invitation.OpensAt = DateTimeOffset.UtcNow.AddDays(-openedDaysAgo);
        var line = new ScheduledForm
        {
            StudyId = link.StudyId, ScheduledFormId = Guid.NewGuid(), Role = invitation.Role, InstrumentVersionId = invitation.InstrumentVersionId,
        };
        db.ScheduledForms.Add(line);
        await db.SaveChangesAsync();
        if (remind)
        {
            Assert.True(await ReminderSettings.SetAsync(db, link.StudyId, line.ScheduledFormId, 2, CancellationToken.None));
        }
        // Last, so the mail job sees the whole set-up at once.
        var protection = pair.A.Services.GetRequiredService<ContactProtection>();
        await db.Clients.Where(c => c.StudyId == link.StudyId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ContactEncrypted, protection.Protect(new ContactDetails(address, null))));
        return (link, address);
    }

    private static string LinkPath(MimeMessage message) => SurveyLink().Match(message.TextBody ?? "") is { Success: true } m
        ? m.Value : throw new InvalidOperationException("no survey link in: " + message.TextBody);

    [Fact]
    public async Task TheInvitationAndTheReminderArriveOnceEachWithALinkThatOpensTheSurvey()
    {
        var (seeded, address) = await ClientWithAddressAsync(openedDaysAgo: 3, remind: true);

        var delivered = await DeliveredMail.WaitForAsync(address, 2, TimeSpan.FromSeconds(40));
        await Task.Delay(TimeSpan.FromSeconds(3));
        delivered = await DeliveredMail.ToAsync(address);

        Assert.Equal(2, delivered.Count);
        var invitation = Assert.Single(delivered, m => m.Subject == "Your questionnaire for session 1");
        var reminder = Assert.Single(delivered, m => m.Subject == "Reminder: your questionnaire for session 1");
        var path = LinkPath(invitation);
        Assert.Equal(path, LinkPath(reminder));
        Assert.DoesNotContain(seeded.Token, path, StringComparison.Ordinal);
        foreach (var instance in new[] { pair.A, pair.B })
        {
            using var client = new HttpClient();
            using var survey = await client.GetAsync(instance.Url(path));
            Assert.Equal(HttpStatusCode.OK, survey.StatusCode);
            Assert.Contains("<form", await survey.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.StartsWith("<", invitation.Headers[HeaderId.ListUnsubscribe], StringComparison.Ordinal);
        await using var db = pair.OpenDb();
        var log = await MailLog.ListAsync(db, seeded.StudyId, 10, CancellationToken.None);
        Assert.Equal(2, log.Count);
        Assert.All(log, m => Assert.Equal((MailStatus.Sent, 1), (m.Status, m.Attempts)));
    }

    [Fact]
    public async Task AfterUnsubscribingNoFurtherMailIsQueued()
    {
        var (seeded, address) = await ClientWithAddressAsync(openedDaysAgo: 0, remind: false);
        var invitation = Assert.Single(await DeliveredMail.WaitForAsync(address, 1, TimeSpan.FromSeconds(40)));
        var unsubscribe = new Uri(invitation.Headers[HeaderId.ListUnsubscribe]!.Trim('<', '>'));

        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() });
        var ask = await browser.GetStringAsync(pair.B.Url(unsubscribe.AbsolutePath));
        var antiforgery = Antiforgery().Match(ask).Groups[1].Value;
        using var done = await browser.PostAsync(pair.B.Url(unsubscribe.AbsolutePath),
            new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", antiforgery)]));

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("data-unsubscribed", await done.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = pair.OpenDb();
        var queued = await pair.A.Services.GetRequiredService<SessionMail>()
            .QueueRemindersNowAsync(db, seeded.StudyId, "http://127.0.0.1", DateTimeOffset.UtcNow, CancellationToken.None);
        Assert.Equal(0, queued);
        using var unknown = await browser.GetAsync(pair.A.Url("/u/not-a-token"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(await DeliveredMail.ToAsync(address));
    }

    [GeneratedRegex(@"/s/[A-Za-z0-9_-]{43}")]
    private static partial Regex SurveyLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
