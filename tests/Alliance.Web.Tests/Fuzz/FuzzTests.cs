using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Alliance.Data.Demo;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;
using Alliance.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Alliance.Web.Tests.Fuzz;

/// <summary>
/// Thousands of generated requests, seeded and so repeatable, across every route of the app (signed out and signed in
/// with a real cookie and antiforgery token): JSON, form, path, method and header shapes (issue #15). None may be
/// answered 5xx, and a request that was refused may not change what participants sent: the answer tables are
/// digested after every request that could write, and only an accepted one (2xx, or a form's redirect) may change them.
/// </summary>
public partial class FuzzTests(RunningApp app, ITestOutputHelper output) : IClassFixture<RunningApp>
{
    private const int Seed = 20261205;

    private const int Requests = 3000;

    /// <summary>A bound on a loaded machine; the counts printed say how many requests were sent before it.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task NoGeneratedRequestGetsA5xxOrWritesWhenRefused()
    {
        var session = await SessionAsync();
        var targets = await FuzzTarget.AllAsync(app.Services);
        var random = new Random(Seed);
        var bodies = new FuzzBodies(random, session.ItemIds);
        var requests = Enumerable.Range(0, Requests).Select(_ => FuzzRequest.Generate(random, targets, session, bodies)).ToList();
        await using var tables = new AnswerTables(app.ConnectionString);
        var responsesBefore = await tables.ResponsesAsync(CancellationToken.None);
        var outcome = new FuzzOutcome();
        var clock = Stopwatch.StartNew();

        // Reads and writes go side by side (two cores do twice the requests); the writes go one at a time, each followed
        // by a digest of the answer tables, so that any change is the write's own.
        await Task.WhenAll(
            SendAllAsync(requests.Where(r => !r.Writes), outcome, null, clock),
            SendAllAsync(requests.Where(r => r.Writes), outcome, tables, clock));
        var stored = await tables.ResponsesAsync(CancellationToken.None) - responsesBefore;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{outcome.Sent} requests over {targets.Count} routes in {clock.Elapsed.TotalSeconds:F1} s (seed {Seed}); {stored} responses stored"));
        output.WriteLine("by status: " + string.Join(", ", outcome.Counts.OrderBy(c => c.Key).Select(c => $"{c.Key}: {c.Value}")));
        foreach (var failure in outcome.Failures.Take(30))
        {
            output.WriteLine(failure);
        }
        Assert.True(outcome.Sent >= 1000, $"only {outcome.Sent} requests in {Budget}");
        Assert.Empty(outcome.Failures.Take(30));
    }

    private async Task SendAllAsync(IEnumerable<FuzzRequest> requests, FuzzOutcome outcome, AnswerTables? tables, Stopwatch clock)
    {
        var digest = tables is null ? "" : await tables.DigestAsync(CancellationToken.None);
        foreach (var request in requests.TakeWhile(_ => clock.Elapsed < Budget))
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            var answer = await RawHttp.SendAsync(app.BaseAddress, request.Headers, request.Body, request.DeclaredLength, timeout.Token);
            outcome.Count(answer.Status);
            if (answer.Status >= 500 || (answer.Status == 0 && !request.GivesUp))
            {
                outcome.Fail($"{answer.Status}: {request} => {answer.Body[..Math.Min(answer.Body.Length, 300)]}");
            }
            if (tables is not null)
            {
                var after = await tables.DigestAsync(CancellationToken.None);
                if (after != digest && answer.Status is not (>= 200 and < 400))
                {
                    outcome.Fail($"{answer.Status} changed the answer tables: {request}");
                }
                digest = after;
            }
        }
    }

    /// <summary>The demo study, a second study, the owner signed in, and the field names of each page's forms.</summary>
    private async Task<FuzzSession> SessionAsync()
    {
        await using var db = app.OpenDb();
        var demo = await DemoStudy.SeedAsync(db, app.BaseAddress.ToString().TrimEnd('/'), 15, CancellationToken.None);
        var other = await Researchers.CreateAsync(db, StudyRoles.Owner, "Another study");
        var invitation = await db.Invitations.Where(i => i.StudyId == demo.StudyId).Select(i => i.InvitationId).FirstAsync();
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = app.BaseAddress,
        };
        using (var signIn = await Researchers.PostSignInAsync(browser, demo.Email, demo.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
        var antiforgery = AntiforgeryField().Match(await browser.GetStringAsync("/studies?lang=en")).Groups[1].Value;
        var tokens = demo.Links.Select(l => l.Token).ToList();
        var items = new SortedSet<string>(StringComparer.Ordinal);
        // The first link's items: a body with all of them (in range) is a complete answer set for links of its form.
        foreach (var token in tokens.Take(1))
        {
            using var survey = JsonDocument.Parse(await browser.GetStringAsync($"/api/v1/surveys/{token}"));
            foreach (var item in survey.RootElement.GetProperty("instrument").GetProperty("items").EnumerateArray())
            {
                items.Add(item.GetProperty("id").GetString()!);
            }
        }
        var session = new FuzzSession(demo.StudyId, other.StudyId, tokens, [.. items], "T01-C01", invitation,
            cookies.GetCookieHeader(app.BaseAddress), antiforgery, demo.ApiToken, new Dictionary<string, IReadOnlyList<string>>());
        var fields = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var page in (await FuzzTarget.AllAsync(app.Services)).Where(t => t.IsPage))
        {
            var path = page.Path(p => p.Name switch
            {
                "token" => tokens[0],
                "studyId" => demo.StudyId.ToString(CultureInfo.InvariantCulture),
                "code" when p.ParameterPolicies.Count > 0 => "404",
                "code" => "T01-C01",
                "invitationId" => invitation.ToString("D"),
                _ => "sample",
            });
            using var response = await browser.GetAsync(path + "?lang=en");
            var html = await response.Content.ReadAsStringAsync();
            fields[page.Template] = [.. FieldName().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
                .Where(n => n != "__RequestVerificationToken").Distinct()];
        }
        return session with { Fields = fields };
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("name=\"([^\"]+)\"")]
    private static partial Regex FieldName();
}
