using System.Globalization;
using System.Net;
using Alliance.Data.Model;

namespace Alliance.Web.Tests.Workspace;

/// <summary>
/// Sign-in throttling: 429 with Retry-After and a page saying how long to wait, per address and client (five wrong
/// passwords start a 30-second delay, doubling) and per client across addresses; never a way to keep the account's
/// owner out from elsewhere. Each test plays its own client addresses (127.0.0.x), so the per-client counts of one
/// test never reach another's.
/// </summary>
public class SignInThrottleTests(SignInThrottleApp app) : IClassFixture<SignInThrottleApp>
{
    private async Task<Researchers.Member> NewMemberAsync()
    {
        await using var db = app.OpenDb();
        return await Researchers.CreateAsync(db, StudyRoles.Owner);
    }

    private static async Task FailAsync(HttpClient browser, string email, int times)
    {
        for (var i = 0; i < times; i++)
        {
            using var wrong = await Researchers.PostSignInAsync(browser, email, "wrong-" + i.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
    }

    private static int RetryAfter(HttpResponseMessage response) =>
        int.Parse(Assert.Single(response.Headers.GetValues("Retry-After")), NumberStyles.None, CultureInfo.InvariantCulture);

    [Fact]
    public async Task FiveWrongPasswordsAnswer429WithRetryAfterAndTheRightPasswordGetsInAfterTheDelay()
    {
        var member = await NewMemberAsync();
        using var browser = Researchers.BrowserFrom(app, "127.0.0.2");
        await FailAsync(browser, member.Email, 5);

        using var refused = await Researchers.PostSignInAsync(browser, member.Email, member.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(RetryAfter(refused), 1, 30);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Too many failed sign-ins from here. Try again in", page, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\"", page, StringComparison.Ordinal);
        app.Clock.Advance(TimeSpan.FromSeconds(31));
        using var right = await Researchers.PostSignInAsync(browser, member.Email, member.Password);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
    }

    [Fact]
    public async Task AnAttackerFailingFromOneAddressDoesNotDelayTheOwnerSigningInFromAnother()
    {
        var member = await NewMemberAsync();
        using var attacker = Researchers.BrowserFrom(app, "127.0.0.3");
        using var owner = Researchers.BrowserFrom(app, "127.0.0.4");
        await FailAsync(attacker, member.Email, 5);
        using (var stillTrying = await Researchers.PostSignInAsync(attacker, member.Email, "wrong-again"))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, stillTrying.StatusCode);
        }

        using var right = await Researchers.PostSignInAsync(owner, member.Email, member.Password);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        using var studies = await owner.GetAsync("/studies");
        Assert.Equal(HttpStatusCode.OK, studies.StatusCode);
    }

    [Fact]
    public async Task TriesDuringTheDelayDoNotStretchIt()
    {
        var member = await NewMemberAsync();
        using var browser = Researchers.BrowserFrom(app, "127.0.0.5");
        await FailAsync(browser, member.Email, 5);
        for (var i = 0; i < 10; i++)
        {
            app.Clock.Advance(TimeSpan.FromSeconds(2));
            using var refused = await Researchers.PostSignInAsync(browser, member.Email, "wrong-during-" + i.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        }

        app.Clock.Advance(TimeSpan.FromSeconds(11));
        using var right = await Researchers.PostSignInAsync(browser, member.Email, member.Password);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
    }

    [Fact]
    public async Task AnAddressWithoutAnAccountIsThrottledExactlyLikeOneWith()
    {
        var member = await NewMemberAsync();
        using var browser = Researchers.BrowserFrom(app, "127.0.0.6");
        await FailAsync(browser, member.Email, 5);
        await FailAsync(browser, "nobody-" + member.Email, 5);

        using var known = await Researchers.PostSignInAsync(browser, member.Email, "again");
        using var unknown = await Researchers.PostSignInAsync(browser, "nobody-" + member.Email, "again");

        Assert.Equal(HttpStatusCode.TooManyRequests, known.StatusCode);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(RetryAfter(known), RetryAfter(unknown));
    }

    [Fact]
    public async Task OneClientFailingForManyAddressesIsRefusedForAllOfThem()
    {
        var member = await NewMemberAsync();
        using var browser = Researchers.BrowserFrom(app, "127.0.0.7");
        for (var i = 0; i < SignInThrottleApp.AddressFailureLimit; i++)
        {
            await FailAsync(browser, $"guess-{i}-{member.Email}", 1);
        }

        using var refused = await Researchers.PostSignInAsync(browser, member.Email, member.Password);
        using var elsewhere = Researchers.BrowserFrom(app, "127.0.0.8");
        using var fromElsewhere = await Researchers.PostSignInAsync(elsewhere, member.Email, member.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(RetryAfter(refused), 1, 300);
        Assert.Equal(HttpStatusCode.Redirect, fromElsewhere.StatusCode);
    }

    [Fact]
    public async Task TheWaitIsWordedInThePagesLanguage()
    {
        var member = await NewMemberAsync();
        using var browser = Researchers.BrowserFrom(app, "127.0.0.9");
        await FailAsync(browser, member.Email, 5);
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de");

        using var refused = await Researchers.PostSignInAsync(browser, member.Email, member.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Zu viele fehlgeschlagene Anmeldungen von hier.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
