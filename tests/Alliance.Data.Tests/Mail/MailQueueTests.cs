using System.Collections.Concurrent;
using System.Text;
using Alliance.Data.Audit;
using Alliance.Data.Mail;
using Alliance.Data.Model;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Data.Tests.Mail;

/// <summary>
/// The mail queue on a real database: queued once per key, stored encrypted, claimed by two senders at once without a
/// message going twice, failures kept with their reason and tried again on the backoff. Tests of this class run one
/// after another and each starts from an empty queue (the claim reads every study's messages).
/// </summary>
public sealed class MailQueueTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private readonly MailQueue _queue = new(new EphemeralDataProtectionProvider());

    private async Task<long> EmptyQueueAndNewStudyAsync()
    {
        await using var db = database.Open();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM mail_messages");
        var study = new Study { Name = "Mail" };
        db.Studies.Add(study);
        await db.SaveChangesAsync();
        return study.StudyId;
    }

    private static OutgoingMail Mail(long studyId, string key, string to = "ana.client@example.org") => new()
    {
        To = to,
        Subject = "Your questionnaire",
        Body = "Please answer: https://alliance.example/s/secret-token-" + key,
        Purpose = MailPurposes.SessionInvitation,
        DedupeKey = key,
        StudyId = studyId,
    };

    private async Task QueueAsync(params OutgoingMail[] mails)
    {
        await using var db = database.Open();
        foreach (var mail in mails)
        {
            await _queue.EnqueueAsync(db, mail, CancellationToken.None);
        }
    }

    private async Task<List<MailLogRow>> LogAsync(long studyId)
    {
        await using var db = database.Open();
        return await MailLog.ListAsync(db, studyId, 1000, CancellationToken.None);
    }

    [Fact]
    public async Task TheSameKeyQueuesOneMessage()
    {
        var study = await EmptyQueueAndNewStudyAsync();
        await using var db = database.Open();

        Assert.True(await _queue.EnqueueAsync(db, Mail(study, $"invite:{study}:1"), CancellationToken.None));
        Assert.False(await _queue.EnqueueAsync(db, Mail(study, $"invite:{study}:1"), CancellationToken.None));

        var row = Assert.Single(await LogAsync(study));
        Assert.Equal((MailStatus.Queued, "a•••@example.org", 0), (row.Status, row.RecipientMasked, row.Attempts));
    }

    [Fact]
    public async Task AnInvalidRecipientIsRefusedAndNothingIsQueued()
    {
        var study = await EmptyQueueAndNewStudyAsync();
        await using var db = database.Open();

        await Assert.ThrowsAsync<ArgumentException>(() => _queue.EnqueueAsync(db, Mail(study, "bad", "not an address"), CancellationToken.None));

        Assert.Empty(await LogAsync(study));
    }

    [Fact]
    public async Task TheStoredMessageShowsNeitherAddressNorLink()
    {
        var study = await EmptyQueueAndNewStudyAsync();
        await QueueAsync(Mail(study, "plain"));

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("SELECT m::text, content FROM mail_messages m", connection);
        await using var reader = await read.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var rowText = reader.GetString(0);
        var content = Encoding.Latin1.GetString(reader.GetFieldValue<byte[]>(1));
        Assert.DoesNotContain("ana.client", rowText, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token", rowText, StringComparison.Ordinal);
        Assert.DoesNotContain("ana.client", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoSendersAtOnceSendEveryMessageOnce()
    {
        var study = await EmptyQueueAndNewStudyAsync();
        await QueueAsync([.. Enumerable.Range(0, 40).Select(i => Mail(study, $"pair:{i}", $"p{i}@example.org"))]);
        var sent = new ConcurrentBag<(string To, string Body)>();
        async Task Send(QueuedMail mail, CancellationToken ct)
        {
            await Task.Delay(5, ct);
            sent.Add((mail.Message.To, mail.Message.Body));
        }
        await using var first = NpgsqlDataSource.Create(database.ConnectionString);
        await using var second = NpgsqlDataSource.Create(database.ConnectionString);

        var tried = await Task.WhenAll(
            _queue.SendDueAsync(first, Send, DateTimeOffset.UtcNow, 100, CancellationToken.None),
            _queue.SendDueAsync(second, Send, DateTimeOffset.UtcNow, 100, CancellationToken.None));

        Assert.Equal(40, tried.Sum());
        Assert.Equal(40, sent.Select(s => s.To).Distinct().Count());
        Assert.Equal(40, sent.Count);
        Assert.Contains(sent, s => s.Body == "Please answer: https://alliance.example/s/secret-token-pair:7" && s.To == "p7@example.org");
        Assert.All(await LogAsync(study), r => Assert.Equal((MailStatus.Sent, 1), (r.Status, r.Attempts)));
    }

    [Fact]
    public async Task AFailedSendKeepsTheReasonAndIsTriedAgainAfterTheBackoff()
    {
        var study = await EmptyQueueAndNewStudyAsync();
        await QueueAsync(Mail(study, "refused"));
        await using var source = NpgsqlDataSource.Create(database.ConnectionString);
        var now = DateTimeOffset.UtcNow;
        static Task Refuse(QueuedMail mail, CancellationToken ct) => throw new IOException("550 mailbox unavailable");

        Assert.Equal(1, await _queue.SendDueAsync(source, Refuse, now, 10, CancellationToken.None));
        var failed = Assert.Single(await LogAsync(study));
        Assert.Equal((MailStatus.Failed, 1), (failed.Status, failed.Attempts));
        Assert.Contains("550 mailbox unavailable", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(now.AddMinutes(1), failed.NextAttemptAt!.Value, TimeSpan.FromMilliseconds(1));

        // Not before the backoff has passed; then once more, and this time the server takes it.
        Assert.Equal(0, await _queue.SendDueAsync(source, Refuse, now.AddSeconds(30), 10, CancellationToken.None));
        var attempts = new List<int>();
        Assert.Equal(1, await _queue.SendDueAsync(source, (m, _) => { attempts.Add(m.Attempt); return Task.CompletedTask; },
            now.AddMinutes(2), 10, CancellationToken.None));
        Assert.Equal([2], attempts);
        var sent = Assert.Single(await LogAsync(study));
        Assert.Equal((MailStatus.Sent, 2, (string?)null), (sent.Status, sent.Attempts, sent.LastError));

        await using var db = database.Open();
        var actions = await db.AuditLog.Where(a => a.StudyId == study).OrderBy(a => a.At).Select(a => a.Action).ToListAsync();
        Assert.Equal([AuditActions.MailFailed, AuditActions.MailSent], actions);
    }

    [Fact]
    public async Task AGivenUpMessageIsSentAgainOnlyWhenRetriedByHand()
    {
        var study = await EmptyQueueAndNewStudyAsync();
        await QueueAsync(Mail(study, "given-up"));
        await using var source = NpgsqlDataSource.Create(database.ConnectionString);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < MailRetry.MaxAttempts; i++)
        {
            now = now.AddHours(7);
            await _queue.SendDueAsync(source, (_, _) => throw new TimeoutException("no answer"), now, 10, CancellationToken.None);
        }
        var row = Assert.Single(await LogAsync(study));
        Assert.Equal((MailStatus.Failed, MailRetry.MaxAttempts, (DateTimeOffset?)null), (row.Status, row.Attempts, row.NextAttemptAt));
        Assert.Equal(0, await _queue.SendDueAsync(source, (_, _) => Task.CompletedTask, now.AddDays(30), 10, CancellationToken.None));

        await using var db = database.Open();
        Assert.True(await MailLog.RetryAsync(db, study, row.MessageId, CancellationToken.None));
        Assert.False(await MailLog.RetryAsync(db, study + 1, row.MessageId, CancellationToken.None));

        Assert.Equal(1, await _queue.SendDueAsync(source, (_, _) => Task.CompletedTask, DateTimeOffset.UtcNow.AddSeconds(1), 10, CancellationToken.None));
        Assert.Equal(MailStatus.Sent, Assert.Single(await LogAsync(study)).Status);
        Assert.False(await MailLog.RetryAsync(db, study, row.MessageId, CancellationToken.None));
    }
}
