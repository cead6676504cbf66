using System.Globalization;

namespace LargeStudyBench;

/// <summary>Request times in milliseconds (thread-safe), with nearest-rank percentiles, and the bytes of the last response.</summary>
internal sealed class Latencies
{
    private readonly List<double> _ms = [];

    public long Bytes { get; private set; }

    public int Failures { get; private set; }

    public int Count
    {
        get
        {
            lock (_ms)
            {
                return _ms.Count;
            }
        }
    }

    public void Add(double ms, long bytes, bool ok)
    {
        lock (_ms)
        {
            _ms.Add(ms);
            Bytes = bytes;
            Failures += ok ? 0 : 1;
        }
    }

    /// <summary>A request that never got as far as being timed.</summary>
    public void Fail()
    {
        lock (_ms)
        {
            Failures++;
        }
    }

    /// <summary>Nearest-rank percentile (<paramref name="p"/> in 0–1); NaN when nothing was measured.</summary>
    public double Percentile(double p)
    {
        lock (_ms)
        {
            if (_ms.Count == 0)
            {
                return double.NaN;
            }
            var sorted = _ms.Order().ToList();
            return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
        }
    }

    /// <summary>"p50 / p95 ms" for a table cell, with the failures when there were any.</summary>
    public string Cell() => string.Create(CultureInfo.InvariantCulture,
        $"{Format(Percentile(0.5))} / {Format(Percentile(0.95))}{(Failures > 0 ? $" ({Failures} failed)" : "")}");

    private static string Format(double ms) => ms switch
    {
        double.NaN => "–",
        >= 10_000 => string.Create(CultureInfo.InvariantCulture, $"{ms / 1000:F1} s"),
        >= 100 => string.Create(CultureInfo.InvariantCulture, $"{ms:F0} ms"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{ms:F1} ms"),
    };
}
