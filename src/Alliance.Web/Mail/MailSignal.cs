using System.Threading.Channels;

namespace Alliance.Web.Mail;

/// <summary>
/// Wakes this instance's <see cref="MailWorker"/> when a page has just queued mail, so "send now" does not wait for the
/// next interval. Only an optimisation: the queue table is the record, and the interval finds anything missed.
/// </summary>
public sealed class MailSignal
{
    // One pending wake is enough: one look finds everything queued so far.
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks the worker to look for due messages now.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    internal async Task WaitAsync(TimeSpan interval, TimeProvider clock, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(interval, clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            await _wake.Reader.ReadAsync(either.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The interval passed.
        }
    }
}
