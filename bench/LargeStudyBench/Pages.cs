using System.Globalization;
using System.Net;
using Alliance.Data.Demo;

namespace LargeStudyBench;

/// <summary>
/// The web part of the bench: every researcher page with 1 and with 8 signed-in researchers, then a participant alone
/// and while the 8 load the dashboard, with the web process's resident memory.
/// </summary>
internal static class Pages
{
    private const int Researchers = 8;

    public static async Task MeasureAsync(Uri web, LargeStudyResult study, int webPid, int requests, int each, int loadSeconds,
        Action<string, string, string> row, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = web, Timeout = TimeSpan.FromMinutes(5) };
        await WaitHealthyAsync(http, ct);
        using var rss = new RssSampler(webPid, TimeSpan.FromMilliseconds(100), highWaterMark: false);
        row("web process at start", Mb(RssSampler.CurrentKb(webPid)), "resident (VmRSS)");
        var researchers = new List<Researcher>();
        for (var r = 0; r < Researchers; r++)
        {
            researchers.Add(await Researcher.SignInAsync(web, study.Email, study.Password, ct));
        }
        var id = study.StudyId.ToString(CultureInfo.InvariantCulture);
        var pages = new (string Name, string Url)[]
        {
            ("/studies", "/studies"),
            ("dashboard", $"/studies/{id}"),
            ("dyad page", $"/studies/{id}/dyads/{study.OpenLinks[0].Dyad}"),
            ("sessions", $"/studies/{id}/sessions"),
            ("participants", $"/studies/{id}/participants"),
            ("reminders", $"/studies/{id}/reminders"),
            ("exports page", $"/studies/{id}/exports"),
        };
        long peak8 = 0;
        foreach (var (name, url) in pages)
        {
            Console.Error.WriteLine($"page {name}…");
            await researchers[0].GetAsync(url, new Latencies(), ct);
            var one = new Latencies();
            for (var i = 0; i < requests; i++)
            {
                await researchers[0].GetAsync(url, one, ct);
            }
            var eight = new Latencies();
            rss.Reset();
            await Task.WhenAll(researchers.Select(async r =>
            {
                for (var i = 0; i < each; i++)
                {
                    await r.GetAsync(url, eight, ct);
                }
            }));
            peak8 = Math.Max(peak8, rss.PeakKb);
            row($"{name}: 1 researcher p50 / p95", one.Cell(), string.Create(CultureInfo.InvariantCulture, $"{one.Bytes / 1024.0:N0} KB"));
            row($"{name}: 8 researchers p50 / p95", eight.Cell(), string.Create(CultureInfo.InvariantCulture, $"{eight.Count} requests"));
        }

        var tokens = new Queue<string>(study.OpenLinks.Select(l => l.Token));
        var participant = new Participant(http);
        var (idleOpen, idleSubmit) = (new Latencies(), new Latencies());
        for (var i = 0; i < 20 && tokens.Count > 0; i++)
        {
            await participant.AnswerAsync(tokens.Dequeue(), idleOpen, idleSubmit, ct);
        }
        row("participant open / submit p50 / p95, alone", $"{idleOpen.Cell()}; {idleSubmit.Cell()}", $"{idleOpen.Count} forms");

        var (open, submit) = (new Latencies(), new Latencies());
        var dashboard = pages[1].Url;
        var dashboards = new Latencies();
        rss.Reset();
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(loadSeconds)))
        {
            var load = researchers.Select(async r =>
            {
                while (!stop.IsCancellationRequested)
                {
                    await r.GetAsync(dashboard, dashboards, ct);
                }
            }).ToList();
            while (!stop.IsCancellationRequested && tokens.Count > 0)
            {
                await participant.AnswerAsync(tokens.Dequeue(), open, submit, ct);
            }
            await Task.WhenAll(load);
        }
        peak8 = Math.Max(peak8, rss.PeakKb);
        row("participant open / submit p50 / p95, 8 researchers on the dashboard", $"{open.Cell()}; {submit.Cell()}",
            string.Create(CultureInfo.InvariantCulture, $"{open.Count} forms in {loadSeconds} s; {dashboards.Count} dashboards ({dashboards.Count / (double)loadSeconds:F2}/s)"));
        row("web process peak under 8 researchers", Mb(peak8), string.Create(CultureInfo.InvariantCulture,
            $"after: {Mb(RssSampler.CurrentKb(webPid))}"));
        researchers.ForEach(r => r.Dispose());
    }

    private static string Mb(long kb) => string.Create(CultureInfo.InvariantCulture, $"{kb / 1024.0:N0} MB");

    private static async Task WaitHealthyAsync(HttpClient http, CancellationToken ct)
    {
        for (var i = 0; i < 600; i++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative), ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(200, ct);
        }
        throw new TimeoutException("the web app did not become healthy in 120 s");
    }
}
