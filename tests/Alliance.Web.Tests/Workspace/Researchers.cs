using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Alliance.Data;
using Alliance.Data.Accounts;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace;

/// <summary>Accounts, memberships and API tokens written straight to the database, and a signed-in client.</summary>
internal static partial class Researchers
{
    public sealed record Member(string Email, string Password, long StudyId, string Token, Guid AccountId, Guid TokenId);

    /// <summary>A new study with one member of <paramref name="role"/> holding an API token.</summary>
    public static async Task<Member> CreateAsync(AllianceDbContext db, string role, string studyName = "Empty study")
    {
        var study = new Study { Name = studyName, CreatedAt = DateTimeOffset.UtcNow };
        db.Studies.Add(study);
        await db.SaveChangesAsync();
        return await JoinAsync(db, study.StudyId, role);
    }

    /// <summary>A new account that is a <paramref name="role"/> of an existing study, with an API token.</summary>
    public static async Task<Member> JoinAsync(AllianceDbContext db, long studyId, string role)
    {
        var password = "pw-" + SecretToken.Create()[..12];
        var token = SecretToken.Create();
        var account = new ResearcherAccount
        {
            AccountId = Guid.CreateVersion7(),
            Email = string.Create(CultureInfo.InvariantCulture, $"{role}-{Guid.NewGuid():N}@example.org"),
            PasswordHash = PasswordHashing.Hash(password),
        };
        var tokenId = Guid.CreateVersion7();
        db.ResearcherAccounts.Add(account);
        db.StudyMembers.Add(new StudyMember { StudyId = studyId, AccountId = account.AccountId, Role = role });
        db.ApiTokens.Add(new ApiToken
        {
            StudyId = studyId, TokenId = tokenId, AccountId = account.AccountId, TokenHash = SecretToken.HashOf(token), Name = "test",
        });
        await db.SaveChangesAsync();
        return new Member(account.Email, password, studyId, token, account.AccountId, tokenId);
    }

    /// <summary>
    /// A new account that is a <paramref name="role"/> of an existing study, signed in; a clinician can be linked to
    /// the therapist with code <paramref name="therapist"/>.
    /// </summary>
    public static async Task<HttpClient> SignedInMemberAsync(RunningApp app, long studyId, string role, string? therapist = null)
    {
        await using var db = app.OpenDb();
        var member = await JoinAsync(db, studyId, role);
        if (therapist is not null)
        {
            var row = await db.StudyMembers.SingleAsync(m => m.StudyId == studyId && m.AccountId == member.AccountId);
            row.TherapistId = await db.Therapists.Where(t => t.StudyId == studyId && t.Code == therapist).Select(t => t.TherapistId).SingleAsync();
            await db.SaveChangesAsync();
        }
        return await SignedInAsync(app, member);
    }

    /// <summary>A client with its own cookie jar that does not follow redirects.</summary>
    public static HttpClient Browser(RunningApp app) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };

    /// <summary>Loads the sign-in form (for its antiforgery token) and posts it.</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient browser, string email, string password)
    {
        var form = await browser.GetStringAsync("/login");
        var token = AntiforgeryField().Match(form).Groups[1].Value;
        return await browser.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email, ["password"] = password, ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>A browser (cookie jar, no redirects followed) signed in as <paramref name="member"/>.</summary>
    public static async Task<HttpClient> SignedInAsync(RunningApp app, Member member)
    {
        var browser = Browser(app);
        using var response = await PostSignInAsync(browser, member.Email, member.Password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            browser.Dispose();
            throw new InvalidOperationException($"sign-in as {member.Email} answered {(int)response.StatusCode}");
        }
        return browser;
    }

    /// <summary>
    /// Loads <paramref name="pageUrl"/> (for the antiforgery token of its forms) and posts <paramref name="fields"/>
    /// to <paramref name="postUrl"/> (the page itself when null), as a browser submitting the page's form would.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string pageUrl,
        IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        var page = await browser.GetStringAsync(pageUrl);
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        return await browser.PostAsync(postUrl ?? pageUrl, new FormUrlEncodedContent(
            fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", token))));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
