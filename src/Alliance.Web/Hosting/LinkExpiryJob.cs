using Alliance.Data.Invitations;

namespace Alliance.Web.Hosting;

/// <summary>
/// Marks links expired in the data once their expiry passes (<see cref="LinkExpiry"/>): at start and every
/// <c>LinkExpiry:Interval</c> (default 5 minutes) by the clock service. Every instance runs it; the advisory lock makes
/// the runs take turns and the second finds nothing left (docs/architecture.md, "Background work"). A failed run (the
/// database away) is logged and tried again at the next tick; nothing depends on it having run, since a link past its
/// expiry shows as expired whatever its stored status.
/// </summary>
internal sealed partial class LinkExpiryJob(DatabaseEndpoint database, TimeProvider clock, IConfiguration configuration,
    ILogger<LinkExpiryJob> logger) : BackgroundService
{
    private readonly TimeSpan _interval = configuration.GetValue("LinkExpiry:Interval", TimeSpan.FromMinutes(5));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, clock);
        do
        {
            try
            {
                var marked = await LinkExpiry.ExpireDueAsync(database.ConnectionString, clock.GetUtcNow(), stoppingToken);
                if (marked > 0)
                {
                    Marked(marked);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Failed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Marked {Count} links expired")]
    private partial void Marked(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Marking expired links failed; trying again at the next interval")]
    private partial void Failed(Exception exception);
}
