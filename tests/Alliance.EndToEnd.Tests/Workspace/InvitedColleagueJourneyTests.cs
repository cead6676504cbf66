using System.Text.RegularExpressions;
using Alliance.Data.Accounts;
using Alliance.Data.Model;
using Alliance.EndToEnd.Tests.Browser;
using Alliance.Testing.Accounts;
using Alliance.Testing.Mail;
using Microsoft.Playwright;

namespace Alliance.EndToEnd.Tests.Workspace;

/// <summary>
/// Issue #17's journey in Chromium: an owner invites a colleague who has no account; the colleague opens the link in
/// the e-mail the real SMTP server received, chooses a password, turns on two-factor sign-in with the code an
/// authenticator app would show, and signs in again with password and code.
/// </summary>
[Collection(SharedChromium.Name)]
public class InvitedColleagueJourneyTests(ChromiumFixture chromium, SmtpApp app) : IClassFixture<SmtpApp>
{
    [Fact]
    public async Task AnInvitedColleagueSetsAPasswordEnrolsTotpAndSignsInWithTheCode()
    {
        const string ownerPassword = "owner's long passphrase";
        var ownerEmail = $"owner-{Guid.NewGuid():N}@example.org";
        var colleague = $"colleague-{Guid.NewGuid():N}@example.org";
        long studyId;
        await using (var db = app.OpenDb())
        {
            var study = new Study { Name = "Invitation journey", CreatedAt = DateTimeOffset.UtcNow };
            var owner = new ResearcherAccount { AccountId = Guid.CreateVersion7(), Email = ownerEmail, PasswordHash = PasswordHashing.Hash(ownerPassword) };
            db.Studies.Add(study);
            db.ResearcherAccounts.Add(owner);
            await db.SaveChangesAsync();
            db.StudyMembers.Add(new StudyMember { StudyId = study.StudyId, AccountId = owner.AccountId, Role = StudyRoles.Owner });
            await db.SaveChangesAsync();
            studyId = study.StudyId;
        }
        var studyPath = $"/studies/{studyId}";
        var options = new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString() };

        var ownerContext = await chromium.Browser.NewContextAsync(options);
        var ownerPage = await ownerContext.NewPageAsync();
        await ownerPage.GotoAsync("/login?lang=en");
        await SignInForm.SignInAsync(ownerPage, ownerEmail, ownerPassword);
        await ownerPage.GotoAsync(studyPath + "/members?lang=en");
        await ownerPage.GetByLabel("E-mail address").FillAsync(colleague);
        await ownerPage.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("researcher");
        await ownerPage.GetByRole(AriaRole.Button, new() { Name = "Add member" }).ClickAsync();
        await Assertions.Expect(ownerPage.Locator(".notice")).ToContainTextAsync("An e-mail went to " + colleague);
        await ownerContext.CloseAsync();

        var mail = Assert.Single(await DeliveredMail.WaitForAsync(colleague, 1, TimeSpan.FromSeconds(30)));
        Assert.Contains("Invitation journey", mail.Subject, StringComparison.Ordinal);
        var link = Regex.Match(mail.TextBody ?? "", @"http://\S+/join/\S+").Value;

        var context = await chromium.Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        await page.GotoAsync(link);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("colleague's passphrase");
        await page.GetByLabel("New password again").FillAsync("colleague's passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the account and join" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(studyPath)));

        await page.GotoAsync("/account/two-factor?lang=en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up two-factor sign-in" }).ClickAsync();
        await Assertions.Expect(page.Locator(".two-factor-qr svg")).ToBeVisibleAsync();
        var secret = AuthenticatorApp.ReadSecret(await page.Locator("#secret").InnerTextAsync());
        await page.GetByLabel("Code from your authenticator app").FillAsync(Totp.CodeAt(secret, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await Assertions.Expect(page.Locator("ol.recovery-codes li")).ToHaveCountAsync(10);
        await context.CloseAsync();

        var again = await chromium.Browser.NewContextAsync(options);
        var signIn = await again.NewPageAsync();
        await signIn.GotoAsync("/login?lang=en");
        await signIn.GetByLabel("E-mail address").FillAsync(colleague);
        await signIn.GetByLabel("Password").FillAsync("colleague's passphrase");
        await signIn.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(signIn.GetByRole(AriaRole.Heading, new() { Name = "Enter your sign-in code" })).ToBeVisibleAsync();
        // The next step's code: accepted (one step of drift) and later than the one enrolment used (each is accepted once).
        await signIn.GetByLabel("Code from your authenticator app").FillAsync(Totp.CodeAt(secret, DateTimeOffset.UtcNow.AddSeconds(Totp.StepSeconds)));
        await signIn.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(signIn.GetByRole(AriaRole.Heading, new() { Name = "Your studies" })).ToBeVisibleAsync();
        await Assertions.Expect(signIn.Locator("main")).ToContainTextAsync("Invitation journey");
        await again.CloseAsync();
    }
}
