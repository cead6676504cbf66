using Alliance.Data.Mail;
using Alliance.Testing.Mail;
using MimeKit;

namespace Alliance.Web.Tests.Mail;

/// <summary>
/// The mail worker end to end: a queued message reaches the run's real SMTP server once; a server that is not there
/// leaves the message failed with the reason and a next attempt; with no server configured the message is an .eml
/// file in the outbox.
/// </summary>
public sealed class MailTransportTests(SmtpApp smtp, UnreachableSmtpApp unreachable, OutboxApp outbox)
    : IClassFixture<SmtpApp>, IClassFixture<UnreachableSmtpApp>, IClassFixture<OutboxApp>
{
    [Fact]
    public async Task AQueuedMessageArrivesAtTheSmtpServerOnce()
    {
        var to = $"reader-{Guid.NewGuid():N}@example.org";
        await QueuedMessages.QueueAsync(smtp, to, "smtp-" + to, "Grüße — the link: http://127.0.0.1/s/abc");

        var delivered = await DeliveredMail.WaitForAsync(to, 1, TimeSpan.FromSeconds(20));

        var message = Assert.Single(delivered);
        Assert.Equal("Test message smtp-" + to, message.Subject);
        Assert.Equal("Grüße — the link: http://127.0.0.1/s/abc", message.TextBody?.TrimEnd());
        Assert.Equal("team@alliance.example", message.From.Mailboxes.Single().Address);
        var row = await QueuedMessages.RowAsync(smtp, "smtp-" + to);
        Assert.Equal((MailStatus.Sent, 1), (row.Status, row.Attempts));
        Assert.Equal(row.Id.ToString("D") + "@alliance.invalid", message.MessageId);
    }

    [Fact]
    public async Task AServerThatIsNotThereLeavesTheMessageFailedWithTheReasonAndANextAttempt()
    {
        var to = $"nobody-{Guid.NewGuid():N}@example.org";
        await QueuedMessages.QueueAsync(unreachable, to, "dead-" + to, "never arrives");

        var row = await QueuedMessages.AttemptedAsync(unreachable, "dead-" + to);

        Assert.Equal((MailStatus.Failed, 1), (row.Status, row.Attempts));
        Assert.Contains("Connection refused", row.Error, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(row.Next);
        Assert.True(row.Next > DateTimeOffset.UtcNow.AddSeconds(30), $"next attempt {row.Next}");
        Assert.Empty(await DeliveredMail.ToAsync(to));
    }

    [Fact]
    public async Task WithoutAServerTheMessageIsWrittenToTheOutbox()
    {
        var to = $"outbox-{Guid.NewGuid():N}@example.org";
        await QueuedMessages.QueueAsync(outbox, to, "outbox-" + to, "in a file");

        var row = await QueuedMessages.AttemptedAsync(outbox, "outbox-" + to);

        Assert.Equal(MailStatus.Sent, row.Status);
        var file = Path.Combine(outbox.Outbox, row.Id.ToString("D") + ".eml");
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal(to, message.To.Mailboxes.Single().Address);
        Assert.Equal("in a file", message.TextBody?.TrimEnd());
        Assert.Empty(Directory.GetFiles(outbox.Outbox, "*.partial"));
    }
}
