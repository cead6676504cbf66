using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace LargeStudyBench;

/// <summary>A signed-in researcher's browser: its own cookie jar, no redirects followed, pages read whole.</summary>
internal sealed partial class Researcher : IDisposable
{
    private readonly HttpClient _http;

    private Researcher(Uri baseAddress) =>
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(5),
        };

    /// <summary>Loads the sign-in form (for its antiforgery token) and posts it; throws unless the app redirects.</summary>
    public static async Task<Researcher> SignInAsync(Uri baseAddress, string email, string password, CancellationToken ct)
    {
        var researcher = new Researcher(baseAddress);
        var form = await researcher._http.GetStringAsync(new Uri("/login", UriKind.Relative), ct);
        using var response = await researcher._http.PostAsync(new Uri("/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email, ["password"] = password, ["__RequestVerificationToken"] = AntiforgeryField().Match(form).Groups[1].Value,
        }), ct);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            researcher.Dispose();
            throw new InvalidOperationException($"sign-in as {email} answered {(int)response.StatusCode}");
        }
        return researcher;
    }

    /// <summary>Gets <paramref name="url"/> whole and records its time and size (a status other than 200 counts as failed).</summary>
    public async Task GetAsync(string url, Latencies into, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        using var response = await _http.GetAsync(new Uri(url, UriKind.Relative), HttpCompletionOption.ResponseContentRead, ct);
        var bytes = (await response.Content.ReadAsByteArrayAsync(ct)).LongLength;
        into.Add(watch.Elapsed.TotalMilliseconds, bytes, response.StatusCode == HttpStatusCode.OK);
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
