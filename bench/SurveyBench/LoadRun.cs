using System.Diagnostics;
using System.Net;
using System.Text;

namespace SurveyBench;

/// <summary>
/// A closed-loop load: <c>clients</c> workers, each POSTing one submission at a time to its next unused link, for a
/// fixed time. Every acknowledged (201) submission is remembered so the bench can count them in the database.
/// </summary>
internal sealed class LoadRun(HttpClient http, string[] tokens)
{
    private const string Body = """{"answers": {"sv1": 8, "sv2": 9.5, "sv3": 7, "sv4": 10}}""";
    private int _next = -1;

    public int Acknowledged { get; private set; }

    public int Failed { get; private set; }

    public double[] LatenciesMs { get; private set; } = [];

    public double Seconds { get; private set; }

    public async Task RunAsync(int clients, TimeSpan duration, int firstToken, CancellationToken ct)
    {
        _next = firstToken - 1;
        var latencies = new List<double>[clients];
        var acknowledged = new int[clients];
        var failed = new int[clients];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async w =>
        {
            latencies[w] = new List<double>(4096);
            while (clock.Elapsed < duration)
            {
                var i = Interlocked.Increment(ref _next);
                if (i >= tokens.Length)
                {
                    break;
                }
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/surveys/{tokens[i]}/responses")
                {
                    Content = new StringContent(Body, Encoding.UTF8, "application/json"),
                };
                request.Headers.Add("Idempotency-Key", "bench-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request, ct);
                latencies[w].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged[w]++;
                }
                else
                {
                    failed[w]++;
                }
            }
        }));
        Seconds = clock.Elapsed.TotalSeconds;
        Acknowledged = acknowledged.Sum();
        Failed = failed.Sum();
        LatenciesMs = [.. latencies.SelectMany(l => l).Order()];
    }

    public int Used => Math.Min(_next + 1, tokens.Length);

    public double Percentile(double p) =>
        LatenciesMs.Length == 0 ? double.NaN : LatenciesMs[Math.Min(LatenciesMs.Length - 1, (int)Math.Ceiling(p * LatenciesMs.Length) - 1)];
}
