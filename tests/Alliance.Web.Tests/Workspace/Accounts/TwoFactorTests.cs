using System.Net;
using System.Text.RegularExpressions;
using Alliance.Data.Accounts;
using Alliance.Data.Model;
using Alliance.Testing.Accounts;
using Alliance.Testing.Hosting;
using Alliance.Web.Tests.Workspace.Access;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Accounts;

/// <summary>Two-factor sign-in over HTTP: enrolment on the account page, the code after the password, throttling, replay, recovery codes, a study's rule.</summary>
public partial class TwoFactorTests(RunningApp app) : IClassFixture<RunningApp>
{
    private static KeyValuePair<string, string> Field(string name, string value) => new(name, value);

    private sealed record Enrolled(Researchers.Member Member, byte[] Secret, IReadOnlyList<string> RecoveryCodes);

    /// <summary>A member who turned two-factor sign-in on through the account page (the secret read from the page, as an app would scan it).</summary>
    private async Task<Enrolled> EnrolledAsync(string role = StudyRoles.Owner)
    {
        await using var db = app.OpenDb();
        var member = await Researchers.CreateAsync(db, role);
        using var browser = await Researchers.SignedInAsync(app, member);
        (await Researchers.PostFormAsync(browser, "/account/two-factor?lang=en", [], "/account/two-factor?handler=start&lang=en")).Dispose();
        var page = await browser.GetStringAsync("/account/two-factor?lang=en");
        var secret = AuthenticatorApp.ReadSecret(SecretShown().Match(page).Groups[1].Value);
        using var confirmed = await Researchers.PostFormAsync(browser, "/account/two-factor?lang=en",
            [Field("code", Totp.CodeAt(secret, DateTimeOffset.UtcNow))], "/account/two-factor?handler=confirm&lang=en");
        var shown = await AccessPages.BodyAsync(confirmed, HttpStatusCode.OK);
        var codes = RecoveryCodeShown().Matches(shown).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, codes.Count);
        return new Enrolled(member, secret, codes);
    }

    /// <summary>
    /// The code of the step after the current one: accepted (one step of drift), and later than the step enrolment
    /// used even if the clock crosses into the next step in between, so no test depends on where in a step it runs.
    /// </summary>
    private static string Next(byte[] secret) => Totp.CodeAt(secret, DateTimeOffset.UtcNow.AddSeconds(Totp.StepSeconds));

    private static async Task<HttpResponseMessage> CodeAsync(HttpClient browser, string code) =>
        await Researchers.PostFormAsync(browser, "/login/code?lang=en", [Field("code", code)]);

    private static async Task<HttpClient> PasswordOnlyAsync(RunningApp site, Researchers.Member member, string loopback)
    {
        var browser = Researchers.BrowserFrom(site, loopback);
        using var response = await Researchers.PostSignInAsync(browser, member.Email, member.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login/code", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return browser;
    }

    [Fact]
    public async Task EnrollingStoresTheSecretEncryptedAndSignInThenAsksForTheCode()
    {
        var enrolled = await EnrolledAsync();
        await using var db = app.OpenDb();
        var stored = await db.TwoFactorSecrets.AsNoTracking().SingleAsync(s => s.AccountId == enrolled.Member.AccountId);
        using var browser = await PasswordOnlyAsync(app, enrolled.Member, "127.0.0.31");

        using (var notYet = await browser.GetAsync("/studies"))
        {
            Assert.Equal(HttpStatusCode.Redirect, notYet.StatusCode);
            Assert.Contains("/login", notYet.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        using var signedIn = await CodeAsync(browser, Next(enrolled.Secret));
        using var studies = await browser.GetAsync("/studies");

        Assert.DoesNotContain(Base32.Encode(enrolled.Secret), stored.ProtectedSecret, StringComparison.Ordinal);
        Assert.Equal(10, await db.RecoveryCodes.CountAsync(c => c.AccountId == enrolled.Member.AccountId));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, studies.StatusCode);
        Assert.Single(await AccessPages.AuditAsync(db, enrolled.Member.StudyId, "account.two-factor.on"));
    }

    [Fact]
    public async Task ACodeIsNotAcceptedTwice()
    {
        var enrolled = await EnrolledAsync();
        var code = Next(enrolled.Secret);
        using var first = await PasswordOnlyAsync(app, enrolled.Member, "127.0.0.32");
        using var second = await PasswordOnlyAsync(app, enrolled.Member, "127.0.0.33");

        using var accepted = await CodeAsync(first, code);
        using var replayed = await CodeAsync(second, code);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Contains("That code has been used already.", await AccessPages.BodyAsync(replayed, HttpStatusCode.Unauthorized), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongCodesAreThrottledLikeWrongPasswordsAndThenEvenTheRightCodeWaits()
    {
        var enrolled = await EnrolledAsync();
        using var browser = await PasswordOnlyAsync(app, enrolled.Member, "127.0.0.34");
        var right = Next(enrolled.Secret);
        var wrong = right == "000000" ? "111111" : "000000";

        for (var i = 0; i < 5; i++)
        {
            using var refused = await CodeAsync(browser, wrong);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }
        using var throttled = await CodeAsync(browser, right);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.NotNull(throttled.Headers.RetryAfter);
    }

    [Fact]
    public async Task ARecoveryCodeSignsInOnce()
    {
        var enrolled = await EnrolledAsync();
        using var first = await PasswordOnlyAsync(app, enrolled.Member, "127.0.0.35");
        using var second = await PasswordOnlyAsync(app, enrolled.Member, "127.0.0.36");

        using var accepted = await CodeAsync(first, enrolled.RecoveryCodes[0].ToLowerInvariant());
        using var again = await CodeAsync(second, enrolled.RecoveryCodes[0]);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        await using var db = app.OpenDb();
        Assert.Single(await AccessPages.AuditAsync(db, enrolled.Member.StudyId, "account.recovery-code"));
    }

    [Fact]
    public async Task AStudyThatRequiresTwoFactorSendsAMemberWithoutItToEnrol()
    {
        var owner = await EnrolledAsync();
        await using var db = app.OpenDb();
        var researcher = await Researchers.JoinAsync(db, owner.Member.StudyId, StudyRoles.Researcher);
        using var ownerBrowser = await PasswordOnlyAsync(app, owner.Member, "127.0.0.37");
        (await CodeAsync(ownerBrowser, Next(owner.Secret))).Dispose();
        using var memberBrowser = await Researchers.SignedInAsync(app, researcher);

        using var required = await Researchers.PostFormAsync(ownerBrowser, AccessPages.Url(owner.Member.StudyId, "members"),
            [Field("required", "true")], AccessPages.Url(owner.Member.StudyId, "members", "&handler=twofactor"));
        using var sent = await memberBrowser.GetAsync($"/studies/{owner.Member.StudyId}?lang=en");
        using var ownerStill = await ownerBrowser.GetAsync($"/studies/{owner.Member.StudyId}?lang=en");

        Assert.Equal(HttpStatusCode.Redirect, required.StatusCode);
        Assert.True(await db.Studies.AsNoTracking().Where(s => s.StudyId == owner.Member.StudyId).Select(s => s.TwoFactorRequired).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.StartsWith("/account/two-factor?required=true", sent.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ownerStill.StatusCode);
        Assert.Single(await AccessPages.AuditAsync(db, owner.Member.StudyId, "study.two-factor.require"));
    }

    [Fact]
    public async Task AnOwnerWithoutTwoFactorCannotRequireItAndLockThemselvesOut()
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        using var browser = await Researchers.SignedInAsync(app, owner);

        using var refused = await Researchers.PostFormAsync(browser, AccessPages.Url(owner.StudyId, "members"),
            [Field("required", "true")], AccessPages.Url(owner.StudyId, "members", "&handler=twofactor"));

        Assert.Contains("Turn on two-factor sign-in for your own account first", await AccessPages.BodyAsync(refused, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.False(await db.Studies.AsNoTracking().Where(s => s.StudyId == owner.StudyId).Select(s => s.TwoFactorRequired).SingleAsync());
    }

    [Fact]
    public async Task TurningItOffTakesACode()
    {
        var enrolled = await EnrolledAsync();
        using var browser = await PasswordOnlyAsync(app, enrolled.Member, "127.0.0.38");
        (await CodeAsync(browser, enrolled.RecoveryCodes[1])).Dispose();

        using var wrong = await Researchers.PostFormAsync(browser, "/account/two-factor?lang=en", [Field("code", "not a code")], "/account/two-factor?handler=disable&lang=en");
        using var off = await Researchers.PostFormAsync(browser, "/account/two-factor?lang=en",
            [Field("code", Next(enrolled.Secret))], "/account/two-factor?handler=disable&lang=en");

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        await using var db = app.OpenDb();
        Assert.False(await db.TwoFactorSecrets.AnyAsync(s => s.AccountId == enrolled.Member.AccountId));
        Assert.Single(await AccessPages.AuditAsync(db, enrolled.Member.StudyId, "account.two-factor.off"));
    }

    [GeneratedRegex("<code class=\"two-factor-secret\" id=\"secret\">([A-Z2-7]+)</code>")]
    private static partial Regex SecretShown();

    [GeneratedRegex("<li><code>([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4})</code></li>")]
    private static partial Regex RecoveryCodeShown();
}
