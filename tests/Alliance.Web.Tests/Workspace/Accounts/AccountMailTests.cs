using System.Net;
using System.Text.RegularExpressions;
using Alliance.Data.Accounts;
using Alliance.Data.Model;
using Alliance.Testing.Mail;
using Alliance.Web.Tests.Mail;
using Alliance.Web.Tests.Workspace.Access;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Accounts;

/// <summary>Account invitations and password resets, with the e-mails read from the run's real SMTP server.</summary>
public class AccountMailTests(SmtpApp app) : IClassFixture<SmtpApp>
{
    private static readonly TimeSpan MailWait = TimeSpan.FromSeconds(30);

    private static KeyValuePair<string, string> Field(string name, string value) => new(name, value);

    private static string NewAddress(string who) => $"{who}-{Guid.NewGuid():N}@example.org";

    /// <summary>The one link to this site in the one message to <paramref name="address"/>, as a local path.</summary>
    private async Task<string> LinkInMailAsync(string address, string path)
    {
        var message = Assert.Single(await DeliveredMail.WaitForAsync(address, 1, MailWait));
        var link = Regex.Match(message.TextBody ?? "", Regex.Escape(app.BaseAddress.ToString().TrimEnd('/')) + "(" + path + "[^\\s]+)");
        Assert.True(link.Success, message.TextBody);
        return link.Groups[1].Value;
    }

    // The form's antiforgery token comes from the sign-in page, so a link that no longer shows the form can be posted to.
    private static Task<HttpResponseMessage> SetPasswordAsync(HttpClient browser, string link, string password) =>
        Researchers.PostFormAsync(browser, "/login", [Field("password", password), Field("confirm", password)], link);

    [Fact]
    public async Task AnInvitedColleagueChoosesAPasswordFromTheMailAndJoinsInTheInvitedRoleOnce()
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner, "Invited study");
        using var ownerBrowser = await Researchers.SignedInAsync(app, owner);
        var colleague = NewAddress("colleague");

        using (var invited = await Researchers.PostFormAsync(ownerBrowser, AccessPages.Url(owner.StudyId, "members"),
            [Field("email", colleague), Field("role", "analyst")], AccessPages.Url(owner.StudyId, "members", "&handler=add")))
        {
            Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        }
        var link = await LinkInMailAsync(colleague, "/join/");
        using var browser = Researchers.Browser(app);
        using var joined = await SetPasswordAsync(browser, link, "colleague's passphrase");
        using var stranger = Researchers.Browser(app);
        using var again = await SetPasswordAsync(stranger, link, "someone else's passphrase");

        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.StartsWith($"/studies/{owner.StudyId}", joined.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using (var study = await browser.GetAsync(joined.Headers.Location))
        {
            Assert.Equal(HttpStatusCode.OK, study.StatusCode);
        }
        var account = await db.ResearcherAccounts.AsNoTracking().SingleAsync(a => a.Email == colleague);
        Assert.True(PasswordHashing.Verify("colleague's passphrase", account.PasswordHash));
        Assert.Equal(StudyRoles.Analyst, (await db.StudyMembers.AsNoTracking().SingleAsync(m => m.AccountId == account.AccountId)).Role);
        var used = await AccessPages.BodyAsync(again, HttpStatusCode.Gone);
        Assert.Contains("This invitation has been used already.", used, StringComparison.Ordinal);
        Assert.Single(await AccessPages.AuditAsync(db, owner.StudyId, "member.invite.accept"));
    }

    [Fact]
    public async Task AnExpiredInvitationLinkSaysSoAndCreatesNothing()
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        var token = SecretToken.Create();
        var email = NewAddress("late");
        db.AccountInvitations.Add(new AccountInvitation
        {
            StudyId = owner.StudyId, InvitationId = Guid.CreateVersion7(), Email = email, Role = StudyRoles.Researcher,
            TokenHash = SecretToken.HashOf(token), CreatedAt = DateTimeOffset.UtcNow.AddDays(-8), ExpiresAt = DateTimeOffset.UtcNow.AddDays(-1),
        });
        await db.SaveChangesAsync();
        using var browser = Researchers.Browser(app);

        using var shown = await browser.GetAsync("/join/" + token);
        using var posted = await SetPasswordAsync(browser, "/join/" + token, "a long passphrase");
        using var unknown = await browser.GetAsync("/join/" + SecretToken.Create());

        Assert.Contains("This invitation has expired.", await AccessPages.BodyAsync(shown, HttpStatusCode.Gone), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, posted.StatusCode);
        Assert.Contains("This invitation link is not valid.", await AccessPages.BodyAsync(unknown, HttpStatusCode.NotFound), StringComparison.Ordinal);
        Assert.False(await db.ResearcherAccounts.AnyAsync(a => a.Email == email));
    }

    [Fact]
    public async Task AnOwnerWithdrawsAPendingInvitationAndItsLinkStopsWorking()
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        using var ownerBrowser = await Researchers.SignedInAsync(app, owner);
        var colleague = NewAddress("withdrawn");
        (await Researchers.PostFormAsync(ownerBrowser, AccessPages.Url(owner.StudyId, "members"),
            [Field("email", colleague), Field("role", "researcher")], AccessPages.Url(owner.StudyId, "members", "&handler=add"))).Dispose();
        var link = await LinkInMailAsync(colleague, "/join/");
        var invitation = await db.AccountInvitations.AsNoTracking().SingleAsync(i => i.Email == colleague);

        using var revoked = await Researchers.PostFormAsync(ownerBrowser, AccessPages.Url(owner.StudyId, "members"),
            [Field("invitation", invitation.InvitationId.ToString("D"))], AccessPages.Url(owner.StudyId, "members", "&handler=revoke"));
        using var stranger = Researchers.Browser(app);
        using var dead = await stranger.GetAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, dead.StatusCode);
        Assert.Single(await AccessPages.AuditAsync(db, owner.StudyId, "member.invite.revoke"));
    }
}
