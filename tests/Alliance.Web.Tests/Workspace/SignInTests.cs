using System.Net;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace;

public class SignInTests(RunningApp app) : IClassFixture<RunningApp>
{
    private async Task<Researchers.Member> NewMemberAsync()
    {
        await using var db = app.OpenDb();
        return await Researchers.CreateAsync(db, StudyRoles.Owner);
    }

    /// <summary>The sign-in delay row of this address for the tests' client (loopback).</summary>
    private async Task<SignInFailure?> FailuresAsync(string email)
    {
        var key = email.ToLowerInvariant();
        await using var db = app.OpenDb();
        return await db.SignInFailures.AsNoTracking().SingleOrDefaultAsync(f => f.Email == key && f.Client == "127.0.0.1");
    }

    [Fact]
    public async Task RightPasswordSetsAnHttpOnlyLaxCookieAndRedirectsToTheStudies()
    {
        var member = await NewMemberAsync();
        using var browser = Researchers.Browser(app);

        using var response = await Researchers.PostSignInAsync(browser, member.Email.ToUpperInvariant(), member.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/studies", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("alliance.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        using var studies = await browser.GetAsync("/studies");
        Assert.Equal(HttpStatusCode.OK, studies.StatusCode);
    }

    [Fact]
    public async Task AHashOfTheEarlierFormatSignsInAndIsReplacedByTheFrameworksHash()
    {
        var member = await NewMemberAsync();
        var salt = new byte[16];
        var key = System.Security.Cryptography.Rfc2898DeriveBytes.Pbkdf2(
            System.Text.Encoding.UTF8.GetBytes(member.Password), salt, 1000, System.Security.Cryptography.HashAlgorithmName.SHA256, 32);
        var legacy = $"pbkdf2-sha256$1000${Convert.ToBase64String(salt)}${Convert.ToBase64String(key)}";
        await using (var db = app.OpenDb())
        {
            await db.ResearcherAccounts.Where(a => a.AccountId == member.AccountId)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.PasswordHash, legacy));
        }
        using var browser = Researchers.Browser(app);

        using var response = await Researchers.PostSignInAsync(browser, member.Email, member.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var check = app.OpenDb();
        var stored = (await check.ResearcherAccounts.AsNoTracking().SingleAsync(a => a.AccountId == member.AccountId)).PasswordHash;
        Assert.NotEqual(legacy, stored);
        Assert.Equal(Microsoft.AspNetCore.Identity.PasswordVerificationResult.Success,
            new Microsoft.AspNetCore.Identity.PasswordHasher<ResearcherAccount>().VerifyHashedPassword(null!, stored, member.Password));
    }

    [Fact]
    public async Task WrongPasswordIsRefusedWithoutACookieAndCounted()
    {
        var member = await NewMemberAsync();
        using var browser = Researchers.Browser(app);

        using var response = await Researchers.PostSignInAsync(browser, member.Email, member.Password + "x");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var c) ? c : [],
            v => v.StartsWith("alliance.auth=", StringComparison.Ordinal));
        Assert.Contains("Sign-in failed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, (await FailuresAsync(member.Email))!.Failures);
    }

    [Fact]
    public async Task UnknownAddressGetsTheSameRefusal()
    {
        using var browser = Researchers.Browser(app);

        using var response = await Researchers.PostSignInAsync(browser, "nobody@example.org", "whatever");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Sign-in failed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiveWrongPasswordsMakeThisClientWaitSoTheRightOneIsRefusedToo()
    {
        var member = await NewMemberAsync();
        using var browser = Researchers.Browser(app);

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await Researchers.PostSignInAsync(browser, member.Email, "wrong-" + i);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        using var sixth = await Researchers.PostSignInAsync(browser, member.Email, member.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
        var blocked = (await FailuresAsync(member.Email))!.BlockedUntil;
        Assert.NotNull(blocked);
        // The first delay is 30 seconds (SignInOptions.FirstDelay), not a 15-minute lock anyone could set off.
        Assert.InRange(blocked.Value - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(30));
        using var studies = await browser.GetAsync("/studies");
        Assert.Equal(HttpStatusCode.Redirect, studies.StatusCode);
    }

    [Fact]
    public async Task ARightPasswordBeforeTheFifthFailureResetsTheCount()
    {
        var member = await NewMemberAsync();
        using var browser = Researchers.Browser(app);
        for (var i = 0; i < 4; i++)
        {
            (await Researchers.PostSignInAsync(browser, member.Email, "wrong-" + i)).Dispose();
        }

        using var right = await Researchers.PostSignInAsync(browser, member.Email, member.Password);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Null(await FailuresAsync(member.Email));
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        var member = await NewMemberAsync();
        using var browser = Researchers.Browser(app);
        (await Researchers.PostSignInAsync(browser, member.Email, member.Password)).Dispose();
        var page = await browser.GetStringAsync("/logout");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        using var signOut = await browser.PostAsync("/logout", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        using var studies = await browser.GetAsync("/studies");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, studies.StatusCode);
        Assert.Contains("/login", studies.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInReturnsOnlyToLocalAddresses()
    {
        var member = await NewMemberAsync();
        using var browser = Researchers.Browser(app);
        var form = await browser.GetStringAsync("/login?returnUrl=https%3A%2F%2Fevil.example%2F");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        using var response = await browser.PostAsync("/login?returnUrl=https%3A%2F%2Fevil.example%2F", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["email"] = member.Email, ["password"] = member.Password, ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/studies", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SwitchingLanguageOnTheSignInPageKeepsTheReturnAddress()
    {
        using var browser = Researchers.Browser(app);

        var page = await browser.GetStringAsync("/login?ReturnUrl=%2Fstudies&lang=en");

        Assert.Contains("href=\"?ReturnUrl=%2Fstudies&amp;lang=de\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentWrongPasswordsAllCountTowardsTheDelay()
    {
        var member = await NewMemberAsync();
        var browsers = Enumerable.Range(0, 5).Select(_ => Researchers.Browser(app)).ToList();

        var responses = await Task.WhenAll(browsers.Select((b, i) => Researchers.PostSignInAsync(b, member.Email, "wrong-" + i)));
        using var right = await Researchers.PostSignInAsync(browsers[0], member.Email, member.Password);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.NotNull((await FailuresAsync(member.Email))!.BlockedUntil);
        foreach (var r in responses)
        {
            r.Dispose();
        }
        browsers.ForEach(b => b.Dispose());
    }
}
