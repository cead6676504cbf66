using System.Globalization;
using System.Net;
using Alliance.Data.Demo;
using Alliance.Testing.Hosting;
using Alliance.Web.Tests.Fuzz;
using Alliance.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Hosting;

/// <summary>
/// Every route of the app, read from its endpoints (so a new one is covered without editing this test), signed out
/// and signed in: each answer carries the security headers and may not be cached, and a method the route does not
/// take gets a clean 405 naming the ones it does (issue #15, item 8).
/// </summary>
public class EveryRouteTests(RunningApp app) : IClassFixture<RunningApp>
{
    private static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "TRACE"];

    [Fact]
    public async Task EveryRouteSendsTheSecurityHeadersAndForbidsCaching()
    {
        var (paths, signedIn) = await RoutesAsync();
        using var signedInBrowser = signedIn;
        using var signedOut = Researchers.Browser(app);

        var failures = new List<string>();
        foreach (var (target, path) in paths)
        {
            foreach (var (who, browser) in new[] { ("signed out", signedOut), ("signed in", signedIn) })
            {
                using var response = await browser.GetAsync(path);
                failures.AddRange(MissingHeaders(response, "no-store").Select(m => $"{who} GET {path} ({target}): {m}"));
            }
        }
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RunningApp.WebProjectDirectory(), "wwwroot"), "*", SearchOption.AllDirectories))
        {
            var path = "/" + Path.GetRelativePath(Path.Combine(RunningApp.WebProjectDirectory(), "wwwroot"), file).Replace('\\', '/');
            using var response = await signedOut.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            failures.AddRange(MissingHeaders(response, "no-cache").Select(m => $"GET {path}: {m}"));
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task AMethodARouteDoesNotTakeGetsA405ThatNamesTheOnesItDoes()
    {
        var (paths, signedIn) = await RoutesAsync();
        using var signedInBrowser = signedIn;
        using var signedOut = Researchers.Browser(app);

        var failures = new List<string>();
        foreach (var (target, path) in paths.Where(p => !p.Target.AnyMethod))
        {
            foreach (var method in Methods.Where(m => !target.Methods.Contains(m, StringComparer.OrdinalIgnoreCase)))
            {
                foreach (var (who, browser) in new[] { ("signed out", signedOut), ("signed in", signedIn) })
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), path);
                    using var response = await browser.SendAsync(request);
                    var allow = response.Content.Headers.Allow.Select(m => m.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
                    var type = response.Content.Headers.ContentType?.MediaType;
                    var problem = response.StatusCode != HttpStatusCode.MethodNotAllowed ? $"{(int)response.StatusCode}"
                        : !target.Methods.All(m => allow.Contains(m.ToUpperInvariant())) ? $"Allow: {string.Join(", ", allow)}"
                        : target.IsApi && type != "application/problem+json" ? $"content type {type}"
                        : target.IsPage && path.StartsWith("/s/", StringComparison.Ordinal) && type != "text/html" ? $"content type {type}"
                        : MissingHeaders(response, "no-store").FirstOrDefault();
                    if (problem is not null)
                    {
                        failures.Add($"{who} {method} {path} ({target}, takes {string.Join(", ", target.Methods)}): {problem}");
                    }
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static IEnumerable<string> MissingHeaders(HttpResponseMessage response, string cacheControl)
    {
        string? Header(string name) => response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
        if (Header("Content-Security-Policy") is not { } csp || !csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal)
            || csp.Contains("unsafe-inline", StringComparison.Ordinal))
        {
            yield return "Content-Security-Policy " + Header("Content-Security-Policy");
        }
        foreach (var (name, value) in new[]
                 {
                     ("X-Frame-Options", "DENY"), ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer"),
                     ("Cross-Origin-Opener-Policy", "same-origin"),
                 })
        {
            if (Header(name) != value)
            {
                yield return $"{name} {Header(name)}";
            }
        }
        if (Header("Permissions-Policy") is null)
        {
            yield return "no Permissions-Policy";
        }
        if (Header("Server") is not null)
        {
            yield return "Server " + Header("Server");
        }
        // Antiforgery and health checks add no-cache beside no-store; only the static files' exact no-cache matters.
        if (!(cacheControl == "no-store" ? response.Headers.CacheControl?.NoStore == true : response.Headers.CacheControl?.ToString() == cacheControl))
        {
            yield return $"Cache-Control {response.Headers.CacheControl}";
        }
    }

    /// <summary>Each route with its parameters filled from a seeded demo study, and its owner signed in.</summary>
    private async Task<(List<(FuzzTarget Target, string Path)> Paths, HttpClient SignedIn)> RoutesAsync()
    {
        await using var db = app.OpenDb();
        var demo = await DemoStudy.SeedAsync(db, app.BaseAddress.ToString().TrimEnd('/'), 12, CancellationToken.None);
        var invitation = await db.Invitations.Where(i => i.StudyId == demo.StudyId).Select(i => i.InvitationId).FirstAsync();
        var owner = await db.ResearcherAccounts.SingleAsync(a => a.Email == demo.Email);
        var signedIn = await Researchers.SignedInAsync(app,
            new Researchers.Member(demo.Email, demo.Password, demo.StudyId, demo.ApiToken, owner.AccountId, Guid.Empty));
        signedIn.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", demo.ApiToken);
        var paths = (await FuzzTarget.AllAsync(app.Services)).Select(t => (t, t.Path(p => p.Name switch
        {
            "token" => demo.Links[0].Token,
            "studyId" => demo.StudyId.ToString(CultureInfo.InvariantCulture),
            "code" when p.ParameterPolicies.Count > 0 => "404",
            "code" => "T01-C01",
            "invitationId" => invitation.ToString("D"),
            "instrument" => "session-vas",
            "kind" => "clients",
            "person" => "C01",
            "documentName" => "v1",
            _ => throw new InvalidOperationException($"add a sample value for route parameter '{p.Name}' of {t.Template}"),
        }) + "?lang=en")).ToList();
        Assert.NotEmpty(paths);
        return (paths, signedIn);
    }
}
