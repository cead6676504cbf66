using System.Net;
using System.Text.RegularExpressions;
using Alliance.Data.Accounts;
using Alliance.Data.Model;
using Alliance.Testing.Mail;
using Alliance.Web.Tests.Mail;
using Alliance.Web.Tests.Workspace.Access;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Accounts;

/// <summary>"Forgot password": the page, the e-mail from the run's real SMTP server, the link's single use.</summary>
public class PasswordResetTests(SmtpApp app) : IClassFixture<SmtpApp>
{
    private static KeyValuePair<string, string> Field(string name, string value) => new(name, value);

    private static Task<HttpResponseMessage> AskAsync(HttpClient browser, string email) =>
        Researchers.PostFormAsync(browser, "/login/forgot?lang=en", [Field("email", email)]);

    private static string Notice(string page, string email) =>
        Regex.Match(page, "<p class=\"notice\" role=\"status\">([^<]*)</p>").Groups[1].Value.Replace(email, "ADDRESS", StringComparison.Ordinal);

    [Fact]
    public async Task AKnownAndAnUnknownAddressGetTheSamePageAndOnlyTheAccountGetsMail()
    {
        await using var db = app.OpenDb();
        var member = await Researchers.CreateAsync(db, StudyRoles.Researcher);
        var unknown = $"nobody-{Guid.NewGuid():N}@example.org";
        using var browser = Researchers.BrowserFrom(app, "127.0.0.21");

        using var known = await AskAsync(browser, member.Email);
        using var other = await AskAsync(browser, unknown);

        var knownPage = await known.Content.ReadAsStringAsync();
        var otherPage = await other.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(known.StatusCode, other.StatusCode);
        Assert.NotEqual("", Notice(knownPage, member.Email));
        Assert.Equal(Notice(knownPage, member.Email), Notice(otherPage, unknown));
        Assert.Equal(knownPage.Replace(member.Email, "ADDRESS", StringComparison.Ordinal).Length,
            otherPage.Replace(unknown, "ADDRESS", StringComparison.Ordinal).Length);
        Assert.Single(await DeliveredMail.WaitForAsync(member.Email, 1, TimeSpan.FromSeconds(30)));
        Assert.Empty(await DeliveredMail.ToAsync(unknown));
    }

    [Fact]
    public async Task AResetEndsEverySessionOfTheAccountAndItsLinkWorksOnce()
    {
        await using var db = app.OpenDb();
        var member = await Researchers.CreateAsync(db, StudyRoles.Researcher);
        using var elsewhere = await Researchers.SignedInAsync(app, member);
        using var browser = Researchers.BrowserFrom(app, "127.0.0.22");
        (await AskAsync(browser, member.Email)).Dispose();
        var message = Assert.Single(await DeliveredMail.WaitForAsync(member.Email, 1, TimeSpan.FromSeconds(30)));
        var link = Regex.Match(message.TextBody ?? "", "(/reset/[A-Za-z0-9_-]{43})").Groups[1].Value;

        using var reset = await Researchers.PostFormAsync(browser, link, [Field("password", "a brand new passphrase"), Field("confirm", "a brand new passphrase")]);
        using var stranger = Researchers.Browser(app);
        using var again = await Researchers.PostFormAsync(stranger, "/login", [Field("password", "another passphrase"), Field("confirm", "another passphrase")], link);
        using var stale = await elsewhere.GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.StartsWith("/login?reset=true", reset.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.Contains("/login", stale.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("This reset link has been used already", await AccessPages.BodyAsync(again, HttpStatusCode.Gone), StringComparison.Ordinal);
        Assert.True(PasswordHashing.Verify("a brand new passphrase", (await db.ResearcherAccounts.AsNoTracking().SingleAsync(a => a.AccountId == member.AccountId)).PasswordHash));
        Assert.Single(await AccessPages.AuditAsync(db, member.StudyId, "account.password.reset"));
    }

    [Fact]
    public async Task AnExpiredResetLinkSaysSoAndChangesNothing()
    {
        await using var db = app.OpenDb();
        var member = await Researchers.CreateAsync(db, StudyRoles.Researcher);
        var token = SecretToken.Create();
        db.PasswordResets.Add(new PasswordReset
        {
            TokenHash = SecretToken.HashOf(token), AccountId = member.AccountId,
            CreatedAt = DateTimeOffset.UtcNow.AddHours(-2), ExpiresAt = DateTimeOffset.UtcNow.AddHours(-1),
        });
        await db.SaveChangesAsync();
        using var browser = Researchers.Browser(app);

        using var shown = await browser.GetAsync("/reset/" + token);

        Assert.Contains("This reset link has expired", await AccessPages.BodyAsync(shown, HttpStatusCode.Gone), StringComparison.Ordinal);
        Assert.True(PasswordHashing.Verify(member.Password, (await db.ResearcherAccounts.AsNoTracking().SingleAsync(a => a.AccountId == member.AccountId)).PasswordHash));
    }

    [Fact]
    public async Task AskingAgainAndAgainFromOneClientIsThrottledLikeSignIn()
    {
        await using var db = app.OpenDb();
        var member = await Researchers.CreateAsync(db, StudyRoles.Researcher);
        using var browser = Researchers.BrowserFrom(app, "127.0.0.23");

        for (var i = 0; i < 5; i++)
        {
            (await AskAsync(browser, member.Email)).Dispose();
        }
        using var throttled = await AskAsync(browser, member.Email);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.NotNull(throttled.Headers.RetryAfter);
        Assert.Equal(5, (await DeliveredMail.WaitForAsync(member.Email, 5, TimeSpan.FromSeconds(30))).Count);
    }
}
