using System.Net;
using Alliance.Data.Accounts;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace;

public class AccountPageTests(RunningApp app) : IClassFixture<RunningApp>
{
    private async Task<(Researchers.Member Member, HttpClient Browser)> SignedInAsync()
    {
        await using var db = app.OpenDb();
        var member = await Researchers.CreateAsync(db, StudyRoles.Owner);
        return (member, await Researchers.SignedInAsync(app, member));
    }

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient browser, string current, string password, string confirm) =>
        Researchers.PostFormAsync(browser, "/account?lang=en",
            [new("current", current), new("password", password), new("confirm", confirm)]);

    private async Task<ResearcherAccount> AccountAsync(Guid id)
    {
        await using var db = app.OpenDb();
        return await db.ResearcherAccounts.AsNoTracking().SingleAsync(a => a.AccountId == id);
    }

    [Fact]
    public async Task ANewPasswordReplacesTheOldOneForSigningIn()
    {
        var (member, browser) = await SignedInAsync();
        using var _ = browser;

        using var response = await ChangeAsync(browser, member.Password, "a new passphrase", "a new passphrase");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account?changed=true", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.True(PasswordHashing.Verify("a new passphrase", (await AccountAsync(member.AccountId)).PasswordHash));
        using var fresh = Researchers.Browser(app);
        using (var old = await Researchers.PostSignInAsync(fresh, member.Email, member.Password))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        }
        using var now = await Researchers.PostSignInAsync(fresh, member.Email, "a new passphrase");
        Assert.Equal(HttpStatusCode.Redirect, now.StatusCode);
    }

    [Theory]
    [InlineData("wrong current", "a new passphrase", "a new passphrase", "current")]
    [InlineData(null, "short", "short", "password")]
    [InlineData(null, "a new passphrase", "another passphrase", "confirm")]
    [InlineData(null, null, null, "password")]
    public async Task BadInputChangesNothingAndLinksTheFieldAtFault(string? current, string? password, string? confirm, string field)
    {
        var (member, browser) = await SignedInAsync();
        using var _ = browser;
        var before = (await AccountAsync(member.AccountId)).PasswordHash;

        // null stands for "the right current password" and, in the last case, "the same as the current one".
        using var response = await ChangeAsync(browser, current ?? member.Password, password ?? member.Password, confirm ?? member.Password);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains($"href=\"#{field}\"", page, StringComparison.Ordinal);
        Assert.Equal(before, (await AccountAsync(member.AccountId)).PasswordHash);
    }

    [Fact]
    public async Task FiveWrongCurrentPasswordsMakeThisClientWait()
    {
        var (member, browser) = await SignedInAsync();
        using var _ = browser;

        for (var i = 0; i < AccountSignInLimits.MaxFailures; i++)
        {
            (await ChangeAsync(browser, "wrong current " + i, "a new passphrase", "a new passphrase")).Dispose();
        }

        await using (var db = app.OpenDb())
        {
            Assert.True(await db.SignInFailures.AnyAsync(f => f.Email == member.Email && f.BlockedUntil > DateTimeOffset.UtcNow));
        }
        using var right = await ChangeAsync(browser, member.Password, "a new passphrase", "a new passphrase");
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        using var fresh = Researchers.Browser(app);
        using var signIn = await Researchers.PostSignInAsync(fresh, member.Email, member.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, signIn.StatusCode);
    }

    [Fact]
    public async Task SignedOutVisitorsAreSentToSignIn()
    {
        using var browser = Researchers.Browser(app);

        using var response = await browser.GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>The sign-in rule the page shares (5 wrong passwords), spelled out so the test does not read it from the code under test.</summary>
    private static class AccountSignInLimits
    {
        public const int MaxFailures = 5;
    }
}
