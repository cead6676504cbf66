using System.Net;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;

namespace Alliance.Web.Tests.Workspace;

/// <summary>
/// Sign-in cookies name a server-side session: a copy of the cookie (sent by a second client, as a thief would)
/// stops working when the session ends, whichever way it ends.
/// </summary>
public class SessionRevocationTests(RunningApp app) : IClassFixture<RunningApp>
{
    private sealed record SignedIn(Researchers.Member Member, HttpClient Browser, CookieContainer Cookies) : IDisposable
    {
        public string Cookie(Uri site) => Cookies.GetCookies(site)["alliance.auth"]!.Value;

        public void Dispose() => Browser.Dispose();
    }

    private async Task<Researchers.Member> NewMemberAsync()
    {
        await using var db = app.OpenDb();
        return await Researchers.CreateAsync(db, StudyRoles.Owner);
    }

    private async Task<SignedIn> SignInAsync(Researchers.Member member)
    {
        var cookies = new CookieContainer();
        var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        using var response = await Researchers.PostSignInAsync(browser, member.Email, member.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return new SignedIn(member, browser, cookies);
    }

    /// <summary>GET /studies with exactly this cookie value, from a client that has never signed in.</summary>
    private async Task<HttpStatusCode> StudiesWithCookieAsync(string cookie)
    {
        using var thief = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/studies");
        request.Headers.Add("Cookie", "alliance.auth=" + cookie);
        using var response = await thief.SendAsync(request);
        return response.StatusCode;
    }

    private static Task<HttpResponseMessage> SignOutAsync(HttpClient browser, string handler = "") =>
        Researchers.PostFormAsync(browser, "/logout", [], "/logout" + handler);

    [Fact]
    public async Task ACopiedCookieWorksWhileTheSessionLastsAndIsRefusedAfterSignOut()
    {
        using var session = await SignInAsync(await NewMemberAsync());
        var copy = session.Cookie(app.BaseAddress);
        Assert.Equal(HttpStatusCode.OK, await StudiesWithCookieAsync(copy));

        using var signOut = await SignOutAsync(session.Browser);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await StudiesWithCookieAsync(copy));
    }

    [Fact]
    public async Task SigningOutEndsOnlyThisBrowsersSession()
    {
        var member = await NewMemberAsync();
        using var laptop = await SignInAsync(member);
        using var phone = await SignInAsync(member);

        (await SignOutAsync(laptop.Browser)).Dispose();

        using var onPhone = await phone.Browser.GetAsync("/studies");
        Assert.Equal(HttpStatusCode.OK, onPhone.StatusCode);
    }

    [Fact]
    public async Task SigningOutEverywhereEndsEverySessionOfTheAccount()
    {
        var member = await NewMemberAsync();
        using var laptop = await SignInAsync(member);
        using var phone = await SignInAsync(member);
        var phoneCookie = phone.Cookie(app.BaseAddress);

        using var signOut = await SignOutAsync(laptop.Browser, "?handler=everywhere");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await StudiesWithCookieAsync(phoneCookie));
        using var onLaptop = await laptop.Browser.GetAsync("/studies");
        Assert.Equal(HttpStatusCode.Redirect, onLaptop.StatusCode);
    }

    [Fact]
    public async Task ANewPasswordEndsOtherSessionsAndCopiedCookiesButKeepsTheChangerSignedIn()
    {
        var member = await NewMemberAsync();
        using var laptop = await SignInAsync(member);
        using var phone = await SignInAsync(member);
        var copy = laptop.Cookie(app.BaseAddress);

        using var change = await Researchers.PostFormAsync(laptop.Browser, "/account?lang=en",
            [new("current", member.Password), new("password", "a new passphrase"), new("confirm", "a new passphrase")]);

        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await StudiesWithCookieAsync(copy));
        using var onPhone = await phone.Browser.GetAsync("/studies");
        Assert.Equal(HttpStatusCode.Redirect, onPhone.StatusCode);
        using var onLaptop = await laptop.Browser.GetAsync("/studies");
        Assert.Equal(HttpStatusCode.OK, onLaptop.StatusCode);
    }

    [Fact]
    public async Task ASessionEndedInTheDatabaseEndsAtTheNextRequest()
    {
        // As another web instance ending it would: the check reads the shared table, no instance keeps a copy.
        using var session = await SignInAsync(await NewMemberAsync());
        await using (var db = app.OpenDb())
        {
            db.SignInSessions.RemoveRange(db.SignInSessions.Where(s => s.AccountId == session.Member.AccountId));
            await db.SaveChangesAsync();
        }

        using var studies = await session.Browser.GetAsync("/studies");

        Assert.Equal(HttpStatusCode.Redirect, studies.StatusCode);
        Assert.Contains("/login", studies.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
