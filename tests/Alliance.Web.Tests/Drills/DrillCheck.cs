using System.Text.Json;
using Alliance.Data;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Drills;

/// <summary>What every drill asserts once its load has finished.</summary>
internal static class DrillCheck
{
    /// <summary>
    /// Every link acknowledged, and nothing else: each acknowledged answer stored exactly once, under the response id
    /// and key the 201 named, with the answers sent and the scores the 201 reported; no stored response that no
    /// acknowledged (or retried) request asked for.
    /// </summary>
    public static async Task StoredExactlyOnceAsync(string connectionString, long studyId, IReadOnlyList<DrillLinks.Link> links,
        DrillLoad load)
    {
        Assert.Empty(load.Unexpected);
        Assert.Equal(links.Count, load.Acks.Count);
        var acks = load.Acks.ToDictionary(a => a.Link.InvitationId);
        Assert.Equal(links.Count, acks.Count);

        await using var db = AllianceDbContext.Open(connectionString);
        var stored = await db.Responses.AsNoTracking().Where(r => r.StudyId == studyId)
            .Select(r => new { r.InvitationId, r.ResponseId, r.IdempotencyKey, r.Answers, r.Scores })
            .ToListAsync();
        Assert.Equal(links.Count, stored.Count);
        Assert.Equal(links.Count, stored.Select(r => r.InvitationId).Distinct().Count());
        foreach (var row in stored)
        {
            Assert.True(acks.TryGetValue(row.InvitationId, out var ack), $"response {row.ResponseId} was never acknowledged");
            Assert.Equal(ack.ResponseId, row.ResponseId);
            Assert.Equal(ack.Key, row.IdempotencyKey);
            var answers = JsonSerializer.Deserialize<Dictionary<string, double?>>(row.Answers)!;
            Assert.Equal(ack.Link.Answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => (a.Key, (double?)a.Value)),
                answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => (a.Key, a.Value)));
            var scores = JsonSerializer.Deserialize<Dictionary<string, double?>>(row.Scores ?? "{}")!;
            Assert.Equal(ack.Scores.OrderBy(s => s.Key, StringComparer.Ordinal), scores.OrderBy(s => s.Key, StringComparer.Ordinal));
        }
    }

    /// <summary>Polls <c>/healthz</c> until it answers 200; returns how long that took from <paramref name="since"/>.</summary>
    public static async Task<TimeSpan> HealthyAsync(HttpClient http, long since, CancellationToken ct)
    {
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative), ct);
                if (response.IsSuccessStatusCode)
                {
                    return System.Diagnostics.Stopwatch.GetElapsedTime(since);
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(25, ct);
        }
    }
}
