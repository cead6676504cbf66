using System.Diagnostics.Metrics;

namespace SurveyBench;

/// <summary>
/// Listens to the app's submission-queue measurements (meter <c>Alliance.Survey</c>) in this process, which hosts the
/// app, and keeps each instrument's count and sum from <see cref="Reset"/> on.
/// </summary>
internal sealed class QueueMeter : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Dictionary<string, (long Count, double Sum)> _totals = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public QueueMeter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Alliance.Survey")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => Add(instrument.Name, value));
        _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => Add(instrument.Name, value));
        _listener.Start();
    }

    public void Reset()
    {
        lock (_gate)
        {
            _totals.Clear();
        }
    }

    /// <summary>The mean of an instrument's measurements since the last reset, and how many there were.</summary>
    public (double Mean, long Count) Mean(string instrument)
    {
        lock (_gate)
        {
            return _totals.TryGetValue(instrument, out var t) && t.Count > 0 ? (t.Sum / t.Count, t.Count) : (double.NaN, 0);
        }
    }

    private void Add(string instrument, double value)
    {
        lock (_gate)
        {
            var t = _totals.GetValueOrDefault(instrument);
            _totals[instrument] = (t.Count + 1, t.Sum + value);
        }
    }

    public void Dispose() => _listener.Dispose();
}
