using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Alliance.Testing.Hosting;

namespace Alliance.Web.Tests.Drills;

/// <summary>
/// A bounded submission load as real clients send it: a few concurrent clients each take the next link, submit its
/// answers with an Idempotency-Key of its own, and on a 5xx, a dropped connection or a timeout send the very same
/// request again (same key) until it is acknowledged with 201. Anything else (409, 422, …) is recorded as unexpected.
/// </summary>
internal sealed class DrillLoad(HttpClient http, IReadOnlyList<DrillLinks.Link> links, int clients)
{
    /// <summary>One acknowledged submission: the key it was sent with and the 201's response id and scores.</summary>
    public sealed record Ack(DrillLinks.Link Link, string Key, Guid ResponseId, IReadOnlyDictionary<string, double?> Scores);

    private readonly ConcurrentQueue<DrillLinks.Link> _todo = new(links);
    private readonly ConcurrentBag<Ack> _acks = [];
    private readonly ConcurrentBag<string> _unexpected = [];
    private readonly ConcurrentDictionary<string, int> _retried = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _acknowledgedBy = new(StringComparer.Ordinal);
    private int _acknowledged;

    public int Acknowledged => Volatile.Read(ref _acknowledged);

    public IReadOnlyCollection<Ack> Acks => _acks;

    public IReadOnlyCollection<string> Unexpected => _unexpected;

    /// <summary>Retried attempts by what the failed attempt got ("503", "500", "connection", "timeout").</summary>
    public IReadOnlyDictionary<string, int> Retried => _retried;

    /// <summary>Acknowledgements by the instance that gave them, where a proxy named it (<see cref="HaProxy.ServedByHeader"/>).</summary>
    public IReadOnlyDictionary<string, int> AcknowledgedBy => _acknowledgedBy;

    public Task RunAsync(CancellationToken ct) => Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(() => ClientAsync(ct), ct)));

    /// <summary>Waits until at least <paramref name="count"/> submissions were acknowledged (or the load ended).</summary>
    public async Task AcknowledgedAsync(int count, Task load, CancellationToken ct)
    {
        while (Acknowledged < count && !load.IsCompleted)
        {
            await Task.Delay(20, ct);
        }
    }

    private async Task ClientAsync(CancellationToken ct)
    {
        while (_todo.TryDequeue(out var link))
        {
            var key = "drill-" + Guid.NewGuid().ToString("N");
            var body = JsonSerializer.Serialize(new { answers = link.Answers });
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                string failure;
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/surveys/{link.Token}/responses")
                    {
                        Content = new StringContent(body, Encoding.UTF8, "application/json"),
                    };
                    request.Headers.Add("Idempotency-Key", key);
                    using var response = await http.SendAsync(request, ct);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        using var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
                        var scores = created.RootElement.GetProperty("scores").Deserialize<Dictionary<string, double?>>()!;
                        _acks.Add(new Ack(link, key, created.RootElement.GetProperty("response_id").GetGuid(), scores));
                        if (InstancesBehindProxy.ServedBy(response) is { } instance)
                        {
                            _acknowledgedBy.AddOrUpdate(instance, 1, (_, n) => n + 1);
                        }
                        Interlocked.Increment(ref _acknowledged);
                        break;
                    }
                    if ((int)response.StatusCode < 500)
                    {
                        _unexpected.Add($"{(int)response.StatusCode} for {link.InvitationId}: {await response.Content.ReadAsStringAsync(ct)}");
                        break;
                    }
                    failure = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                }
                catch (HttpRequestException)
                {
                    failure = "connection";
                }
                catch (TaskCanceledException) when (!ct.IsCancellationRequested)
                {
                    failure = "timeout";
                }
                _retried.AddOrUpdate(failure, 1, (_, n) => n + 1);
                await Task.Delay(100, ct);
            }
        }
    }
}
