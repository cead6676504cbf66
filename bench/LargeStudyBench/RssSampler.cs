using System.Globalization;

namespace LargeStudyBench;

/// <summary>
/// Samples a process's resident set (VmRSS) until stopped and keeps the peak; optionally its own high-water mark
/// (VmHWM) as well, so a peak between samples is not missed.
/// </summary>
internal sealed class RssSampler : IDisposable
{
    private readonly int _pid;
    private readonly bool _highWaterMark;
    private readonly Timer _timer;
    private long _peakKb;

    /// <param name="pid">The process.</param>
    /// <param name="every">Sampling interval.</param>
    /// <param name="highWaterMark">Also read VmHWM (the process's lifetime peak): for a child measured whole, not per phase.</param>
    public RssSampler(int pid, TimeSpan every, bool highWaterMark)
    {
        _pid = pid;
        _highWaterMark = highWaterMark;
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, every);
    }

    public long PeakKb => Interlocked.Read(ref _peakKb);

    /// <summary>The process's resident set now, in KB (0 when it has exited).</summary>
    public static long CurrentKb(int pid) => Read(pid, "VmRSS:");

    /// <summary>Starts a new peak from the current resident set (for one phase of the bench).</summary>
    public void Reset() => Interlocked.Exchange(ref _peakKb, CurrentKb(_pid));

    public void Stop() => _timer.Change(Timeout.Infinite, Timeout.Infinite);

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        var kb = Math.Max(Read(_pid, "VmRSS:"), _highWaterMark ? Read(_pid, "VmHWM:") : 0);
        long seen;
        do
        {
            seen = Interlocked.Read(ref _peakKb);
        }
        while (kb > seen && Interlocked.CompareExchange(ref _peakKb, kb, seen) != seen);
    }

    private static long Read(int pid, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                // A process that is exiting can show the field without its number ("VmRSS:\t kB"): that reads as 0.
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                    return parts.Length > 1 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb : 0;
                }
            }
        }
        catch (IOException)
        {
        }
        return 0;
    }
}
