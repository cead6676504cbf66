using System.Globalization;
using System.Net;
using System.Reflection;
using Alliance.Data.Demo;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Web.Tests.Workspace;

/// <summary>
/// Every page under /studies/{studyId}, found from the running app's endpoints (so a new page is covered without
/// editing this test), asked for by every study role, a non-member and a signed-out visitor.
/// </summary>
public class RouteAccessTests(RunningApp app) : IClassFixture<RunningApp>
{
    /// <summary>Values for route parameters besides the study id, filled in from the seeded demo study.</summary>
    private readonly Dictionary<string, string> Samples = new(StringComparer.Ordinal);

    private sealed record StudyPage(string Template, Type Handler, string? Policy, bool HasPost);

    private async Task<List<StudyPage>> StudyPagesAsync()
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var pages = new List<StudyPage>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var template = endpoint.RoutePattern.RawText ?? "";
            var descriptor = endpoint.Metadata.GetMetadata<PageActionDescriptor>();
            if (descriptor is null || !endpoint.RoutePattern.Parameters.Any(p => p.Name == "studyId"))
            {
                continue;
            }
            var compiled = await loader.LoadAsync(descriptor, endpoint.Metadata);
            var handler = compiled.HandlerTypeInfo.AsType();
            pages.Add(new StudyPage(template, handler, handler.GetCustomAttribute<StudyPageAttribute>()?.Policy,
                compiled.HandlerMethods.Any(h => string.Equals(h.HttpMethod, "Post", StringComparison.OrdinalIgnoreCase))));
        }
        return pages;
    }

    private string Url(StudyPage page, long studyId) =>
        "/" + string.Join('/', page.Template.TrimStart('/').Split('/').Select(segment =>
        {
            if (!segment.StartsWith('{'))
            {
                return segment;
            }
            var name = segment.Trim('{', '}').Split(':')[0].TrimEnd('?');
            return name == "studyId" ? studyId.ToString(CultureInfo.InvariantCulture)
                : Samples.TryGetValue(name, out var value) ? value
                : throw new InvalidOperationException($"add a sample value for route parameter '{name}' of {page.Template}");
        })) + "?lang=en";

    [Fact]
    public async Task EveryStudyPageNamesAKnownPolicyAndEveryPolicyGuardsAPage()
    {
        var pages = await StudyPagesAsync();

        Assert.All(pages, p => Assert.True(p.Policy is not null && StudyPolicies.All.Contains(p.Policy),
            $"{p.Template} ({p.Handler.Name}) has no [StudyPage] with a known policy"));
        Assert.Equal(StudyPolicies.All.Order(), pages.Select(p => p.Policy!).Distinct().Order());
    }

    [Fact]
    public async Task EachRoleOpensExactlyThePagesItsPolicyAllowsAndOthersGet403()
    {
        var (demo, members, _) = await MembersAsync();
        var pages = await StudyPagesAsync();
        Assert.NotEmpty(pages);

        var failures = new List<string>();
        foreach (var (role, member) in members)
        {
            using var browser = await Researchers.SignedInAsync(app, member);
            foreach (var page in pages)
            {
                var allowed = StudyPolicies.Allows(page.Policy!, role);
                using var response = await browser.GetAsync(Url(page, demo.StudyId));
                // A page that only answers forms sends a GET back to its parent page: that still counts as opened.
                var opened = response.StatusCode == HttpStatusCode.OK
                    || (response.StatusCode == HttpStatusCode.Redirect
                        && response.Headers.Location?.OriginalString.Contains("/login", StringComparison.Ordinal) == false);
                if (allowed ? !opened : response.StatusCode != HttpStatusCode.Forbidden)
                {
                    failures.Add($"{role} GET {page.Template}: {(int)response.StatusCode}, expected {(allowed ? "200 or a redirect" : "403")}");
                }
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task FormsOfAPageAreRefusedToRolesThatMayNotOpenIt()
    {
        var (demo, members, _) = await MembersAsync();
        var pages = (await StudyPagesAsync()).Where(p => p.HasPost).ToList();
        Assert.NotEmpty(pages);
        await using var db = app.OpenDb();
        var auditBefore = await db.AuditLog.CountAsync(a => a.StudyId == demo.StudyId);

        var failures = new List<string>();
        foreach (var (role, member) in members)
        {
            using var browser = await Researchers.SignedInAsync(app, member);
            foreach (var page in pages.Where(p => !StudyPolicies.Allows(p.Policy!, role)))
            {
                // The antiforgery token of a page the member may open; the gate must refuse before any handler runs.
                using var response = await Researchers.PostFormAsync(browser, "/studies?lang=en", [], Url(page, demo.StudyId));
                if (response.StatusCode != HttpStatusCode.Forbidden)
                {
                    failures.Add($"{role} POST {page.Template}: {(int)response.StatusCode}, expected 403");
                }
            }
        }
        Assert.Empty(failures);
        Assert.Equal(auditBefore, await db.AuditLog.CountAsync(a => a.StudyId == demo.StudyId));
    }

    [Fact]
    public async Task NonMembersGet404AndSignedOutVisitorsAreSentToSignIn()
    {
        var (demo, _, outsider) = await MembersAsync();
        var pages = await StudyPagesAsync();
        using var stranger = await Researchers.SignedInAsync(app, outsider);
        using var anonymous = Researchers.Browser(app);

        var failures = new List<string>();
        foreach (var page in pages)
        {
            var url = Url(page, demo.StudyId);
            using var asStranger = await stranger.GetAsync(url);
            if (asStranger.StatusCode != HttpStatusCode.NotFound)
            {
                failures.Add($"non-member GET {page.Template}: {(int)asStranger.StatusCode}");
            }
            using var asAnonymous = await anonymous.GetAsync(url);
            if (asAnonymous.StatusCode != HttpStatusCode.Redirect
                || asAnonymous.Headers.Location?.OriginalString.Contains("/login", StringComparison.Ordinal) != true)
            {
                failures.Add($"signed-out GET {page.Template}: {(int)asAnonymous.StatusCode} {asAnonymous.Headers.Location}");
            }
            if (page.HasPost)
            {
                using var post = await Researchers.PostFormAsync(stranger, "/studies?lang=en", [], url);
                if (post.StatusCode != HttpStatusCode.NotFound)
                {
                    failures.Add($"non-member POST {page.Template}: {(int)post.StatusCode}");
                }
            }
        }
        Assert.Empty(failures);
    }

    /// <summary>A demo study with a member of every role (the clinician linked to therapist T01), and an outsider.</summary>
    private async Task<(DemoStudyResult Demo, List<(string Role, Researchers.Member Member)> Members, Researchers.Member Outsider)> MembersAsync()
    {
        await using var db = app.OpenDb();
        var demo = await DemoStudy.SeedAsync(db, "http://127.0.0.1:5000", 11, CancellationToken.None);
        var owner = await db.ResearcherAccounts.SingleAsync(a => a.Email == demo.Email);
        var members = new List<(string, Researchers.Member)>
        {
            (StudyRoles.Owner, new Researchers.Member(demo.Email, demo.Password, demo.StudyId, demo.ApiToken, owner.AccountId, Guid.Empty)),
        };
        foreach (var role in new[] { StudyRoles.Researcher, StudyRoles.Analyst, StudyRoles.Clinician })
        {
            members.Add((role, await Researchers.JoinAsync(db, demo.StudyId, role)));
        }
        var therapist = await db.Therapists.SingleAsync(t => t.StudyId == demo.StudyId && t.Code == "T01");
        var clinician = members.Single(m => m.Item1 == StudyRoles.Clinician).Item2;
        await db.StudyMembers.Where(m => m.StudyId == demo.StudyId && m.AccountId == clinician.AccountId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.TherapistId, therapist.TherapistId));
        var outsider = await Researchers.CreateAsync(db, StudyRoles.Owner, "Someone else's study");
        // An open invitation of the clinician's own dyad T01-C01, so every role's answer depends on its role only.
        var invitation = await (
            from i in db.Invitations
            join s in db.Sessions on new { i.StudyId, i.SessionId } equals new { s.StudyId, s.SessionId }
            join d in db.Dyads on new { s.StudyId, s.DyadId } equals new { d.StudyId, d.DyadId }
            where i.StudyId == demo.StudyId && d.Code == "T01-C01" && i.Status == InvitationStatus.Open
            select i.InvitationId).FirstAsync();
        Samples["code"] = "T01-C01";
        Samples["invitationId"] = invitation.ToString("D");
        Samples["instrument"] = "session-vas";
        Samples["kind"] = "clients";
        Samples["person"] = "C01";
        return (demo, members, outsider);
    }
}
