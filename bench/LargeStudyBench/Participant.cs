using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace LargeStudyBench;

/// <summary>
/// A participant answering a link: opens the survey page (<c>GET /s/{token}</c>, timed), reads the form's items from
/// the JSON API (not timed) and submits the lowest value of every item's scale (<c>POST …/responses</c>, timed).
/// </summary>
internal sealed class Participant(HttpClient http)
{
    public async Task AnswerAsync(string token, Latencies open, Latencies submit, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        using (var page = await http.GetAsync(new Uri($"/s/{token}", UriKind.Relative), HttpCompletionOption.ResponseContentRead, ct))
        {
            var bytes = (await page.Content.ReadAsByteArrayAsync(ct)).LongLength;
            open.Add(watch.Elapsed.TotalMilliseconds, bytes, page.StatusCode == HttpStatusCode.OK);
        }
        JsonObject answers;
        try
        {
            answers = Answers(await http.GetFromJsonAsync<JsonObject>(new Uri($"/api/v1/surveys/{token}", UriKind.Relative), ct));
        }
        catch (HttpRequestException)
        {
            // The form could not be read (an error answer under load): a failed submission, not the end of the bench.
            submit.Fail();
            return;
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/surveys/{token}/responses", UriKind.Relative))
        {
            Content = JsonContent.Create(new JsonObject { ["answers"] = answers, ["consent"] = true }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        watch.Restart();
        using var response = await http.SendAsync(request, ct);
        var body = (await response.Content.ReadAsByteArrayAsync(ct)).LongLength;
        submit.Add(watch.Elapsed.TotalMilliseconds, body, response.StatusCode == HttpStatusCode.Created);
    }

    /// <summary>The lowest value of every item's scale.</summary>
    private static JsonObject Answers(JsonObject? survey)
    {
        var answers = new JsonObject();
        foreach (var item in survey?["instrument"]?["items"]?.AsArray() ?? [])
        {
            answers[(string)item!["id"]!] = item["scale"]!["min"]!.DeepClone();
        }
        return answers;
    }
}
