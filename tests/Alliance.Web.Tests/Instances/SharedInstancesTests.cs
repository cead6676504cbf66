using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;
using Alliance.Testing.Surveys;
using Alliance.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Instances;

/// <summary>
/// Two instances, each with its own home directory, behind HAProxy with no stickiness: a researcher and a participant
/// may be served by either instance at every request, so whatever one instance issues (a sign-in cookie, a form's
/// antiforgery token) the other must accept. The tests pin each step to an instance to say which one served it.
/// </summary>
public sealed partial class SharedInstancesTests(TwoInstances app) : IClassFixture<TwoInstances>
{
    private static readonly Dictionary<string, string> Answers = new(StringComparer.Ordinal)
    {
        ["a.sv1"] = "3", ["a.sv2"] = "4", ["a.sv3"] = "5", ["a.sv4"] = "6",
    };

    [Fact]
    public async Task RequestsWithoutAPinAreSpreadOverBothInstances()
    {
        using var http = new HttpClient { BaseAddress = app.Instances.BaseAddress };
        var servedBy = new List<string?>();

        for (var i = 0; i < 6; i++)
        {
            using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            servedBy.Add(InstancesBehindProxy.ServedBy(response));
        }

        Assert.Equal(["web1", "web2"], servedBy.Distinct().Order(StringComparer.Ordinal));
        Assert.All(servedBy.GroupBy(s => s), g => Assert.True(g.Count() >= 2, $"{g.Key} served {g.Count()} of 6: {string.Join(", ", servedBy)}"));
    }

    [Fact]
    public async Task AResearcherSignedInThroughOneInstanceContinuesOnTheOtherAndSignsOutOfBoth()
    {
        Researchers.Member member;
        await using (var db = app.OpenDb())
        {
            member = await Researchers.CreateAsync(db, StudyRoles.Owner);
        }
        using var browser = app.Browser();

        TwoInstances.Pin(browser, "web1");
        using var signIn = await Researchers.PostSignInAsync(browser, member.Email, member.Password);
        Assert.Equal((HttpStatusCode.Redirect, "web1"), (signIn.StatusCode, InstancesBehindProxy.ServedBy(signIn)));
        TwoInstances.Pin(browser, "web2");
        using var studies = await browser.GetAsync(new Uri("/studies", UriKind.Relative));
        Assert.True(studies.StatusCode == HttpStatusCode.OK,
            $"web2 answered {(int)studies.StatusCode} {studies.Headers.Location} to the cookie web1 issued: the instances do not share the data-protection key ring");
        Assert.Equal("web2", InstancesBehindProxy.ServedBy(studies));
        var signOutPage = await browser.GetStringAsync(new Uri("/logout", UriKind.Relative));
        TwoInstances.Pin(browser, "web1");
        using var signOut = await browser.PostAsync(new Uri("/logout", UriKind.Relative),
            new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", Antiforgery(signOutPage))]));
        Assert.True(signOut.StatusCode == HttpStatusCode.Redirect,
            $"web1 answered {(int)signOut.StatusCode} to the sign-out form web2 issued: antiforgery tokens are not shared");
        Assert.Equal("web1", InstancesBehindProxy.ServedBy(signOut));
        TwoInstances.Pin(browser, "web2");
        using var afterSignOut = await browser.GetAsync(new Uri("/studies", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, afterSignOut.StatusCode);
        Assert.Equal("web2", InstancesBehindProxy.ServedBy(afterSignOut));
        // Back to sign-in, at the address the browser used (the proxy's), whether the app redirects relatively or not.
        Assert.Equal(new Uri(app.Instances.BaseAddress, "/login").AbsoluteUri,
            new Uri(app.Instances.BaseAddress, afterSignOut.Headers.Location!).GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public async Task AParticipantOpensTheFormOnOneInstanceAndSubmitsItOnTheOther()
    {
        StudySeed.Link link;
        await using (var db = app.OpenDb())
        {
            link = (await StudySeed.CreateAsync(db, consentRequired: false, expiresIn: null, ("client", "session-vas")))[0];
        }
        using var browser = app.Browser();
        var page = $"/s/{link.Token}";

        TwoInstances.Pin(browser, "web1");
        using var questions = await browser.GetAsync(new Uri(page + "?lang=en", UriKind.Relative));
        var questionsHtml = await questions.Content.ReadAsStringAsync();
        Assert.Equal((HttpStatusCode.OK, "web1"), (questions.StatusCode, InstancesBehindProxy.ServedBy(questions)));
        TwoInstances.Pin(browser, "web2");
        using var review = await browser.PostAsync(new Uri(page + "?handler=Answers&lang=en", UriKind.Relative), new FormUrlEncodedContent(
            [.. Answers, KeyValuePair.Create("action", "review"), KeyValuePair.Create("__RequestVerificationToken", Antiforgery(questionsHtml))]));
        var reviewHtml = await review.Content.ReadAsStringAsync();
        Assert.True(review.StatusCode == HttpStatusCode.OK,
            $"web2 answered {(int)review.StatusCode} to the form web1 issued: antiforgery tokens are not shared across instances");
        var key = IdempotencyKey().Match(reviewHtml).Groups[1].Value;
        TwoInstances.Pin(browser, "web1");
        using var submit = await browser.PostAsync(new Uri(page + "?handler=Submit&lang=en", UriKind.Relative), new FormUrlEncodedContent(
            [.. Answers, KeyValuePair.Create("idempotencyKey", key), KeyValuePair.Create("__RequestVerificationToken", Antiforgery(reviewHtml))]));

        Assert.Equal("web2", InstancesBehindProxy.ServedBy(review));
        Assert.Equal((HttpStatusCode.Redirect, "web1"), (submit.StatusCode, InstancesBehindProxy.ServedBy(submit)));
        await using var check = app.OpenDb();
        var stored = await check.Responses.SingleAsync(r => r.InvitationId == link.InvitationId);
        Assert.Equal(key, stored.IdempotencyKey);
        var answers = JsonSerializer.Deserialize<Dictionary<string, double?>>(stored.Answers)!;
        Assert.Equal(Answers.Select(a => (a.Key[2..], (double?)double.Parse(a.Value, CultureInfo.InvariantCulture))).Order(),
            answers.Select(a => (a.Key, a.Value)).Order());
    }

    private static string Antiforgery(string html)
    {
        var match = AntiforgeryField().Match(html);
        Assert.True(match.Success, "the page has no form with an antiforgery token");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("name=\"idempotencyKey\" value=\"([^\"]+)\"")]
    private static partial Regex IdempotencyKey();
}
