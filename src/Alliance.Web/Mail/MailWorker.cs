using Alliance.Data.Mail;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Alliance.Web.Mail;

/// <summary>
/// Sends the queue's due messages (<see cref="MailQueue.SendDueAsync"/>) every <c>Mail:Interval</c>, and at once when a
/// page on this instance queued one (<see cref="MailSignal"/>). Every instance runs it; the row locks of the claim
/// share the queue between them (docs/architecture.md, "Mail queue"). A failed run (the database away) is logged
/// and tried again at the next tick.
/// </summary>
internal sealed partial class MailWorker(MailQueue queue, NpgsqlDataSource database, IMailTransport transport,
    MailSignal signal, IOptions<MailOptions> options, TimeProvider clock, ILogger<MailWorker> logger) : BackgroundService
{
    private const int BatchSize = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var from = options.Value.From;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                int tried;
                do
                {
                    tried = await queue.SendDueAsync(database,
                        (mail, ct) => transport.SendAsync(MailMime.Build(mail, from), ct), clock.GetUtcNow(), BatchSize, stoppingToken);
                }
                while (tried == BatchSize);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Failed(e);
            }
            await signal.WaitAsync(options.Value.Interval, clock, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending queued mail failed; trying again at the next interval")]
    private partial void Failed(Exception exception);
}
