using Alliance.Data.Mail;
using Alliance.Testing.Hosting;
using Alliance.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Web.Tests.Mail;

/// <summary>Queues account mail (no study) through a running app's own queue, and reads a message's row back.</summary>
internal static class QueuedMessages
{
    public static async Task QueueAsync(RunningApp app, string to, string key, string body)
    {
        await using var db = app.OpenDb();
        var queued = await app.Services.GetRequiredService<MailQueue>().EnqueueAsync(db, new OutgoingMail
        {
            To = to, Subject = "Test message " + key, Body = body, Purpose = "test", DedupeKey = key,
        }, CancellationToken.None);
        Assert.True(queued);
        app.Services.GetRequiredService<MailSignal>().Wake();
    }

    public static async Task<(Guid Id, string Status, int Attempts, string? Error, DateTimeOffset? Next)> RowAsync(RunningApp app, string key)
    {
        await using var db = app.OpenDb();
        var row = await db.Database.SqlQuery<Row>($"""
            SELECT message_id AS "Id", status AS "Status", attempts AS "Attempts", last_error AS "Error", next_attempt_at AS "Next"
            FROM mail_messages WHERE dedupe_key = {key}
            """).SingleAsync();
        return (row.Id, row.Status, row.Attempts, row.Error, row.Next);
    }

    /// <summary>Polls until the message with <paramref name="key"/> has had at least one attempt.</summary>
    public static async Task<(Guid Id, string Status, int Attempts, string? Error, DateTimeOffset? Next)> AttemptedAsync(RunningApp app, string key)
    {
        for (var i = 0; i < 200; i++)
        {
            var row = await RowAsync(app, key);
            if (row.Attempts > 0)
            {
                return row;
            }
            await Task.Delay(100);
        }
        return await RowAsync(app, key);
    }

    private sealed record Row(Guid Id, string Status, int Attempts, string? Error, DateTimeOffset? Next);
}
