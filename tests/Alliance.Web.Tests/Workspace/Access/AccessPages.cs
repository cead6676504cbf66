using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Alliance.Data;
using Alliance.Data.Accounts;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Access;

/// <summary>Addresses of the access pages, bare accounts, and reading the audit log in tests.</summary>
internal static partial class AccessPages
{
    public static string Url(long studyId, string path, string query = "") =>
        string.Create(CultureInfo.InvariantCulture, $"/studies/{studyId}/{path}?lang=en{query}");

    /// <summary>An account that belongs to no study yet.</summary>
    public static async Task<ResearcherAccount> AccountAsync(AllianceDbContext db)
    {
        var account = new ResearcherAccount
        {
            AccountId = Guid.CreateVersion7(),
            Email = string.Create(CultureInfo.InvariantCulture, $"new-{Guid.NewGuid():N}@example.org"),
            PasswordHash = PasswordHashing.Hash("not used by these tests"),
        };
        db.ResearcherAccounts.Add(account);
        await db.SaveChangesAsync();
        return account;
    }

    public static Task<List<AuditEntry>> AuditAsync(AllianceDbContext db, long studyId, string action) =>
        db.AuditLog.AsNoTracking().Where(a => a.StudyId == studyId && a.Action == action).OrderBy(a => a.At).ToListAsync();

    public static string Actor(Researchers.Member member) => $"account:{member.AccountId:D} {member.Email}";

    public static async Task<string> BodyAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {expected}, got {response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
        return body;
    }

    /// <summary>The token text the exports page shows once after creating a token.</summary>
    public static string ShownToken(string page) => NewToken().Match(page) is { Success: true } m
        ? m.Groups[1].Value
        : throw new InvalidOperationException("the page shows no new token");

    [GeneratedRegex("id=\"new-token\" class=\"token\" value=\"([^\"]+)\"")]
    private static partial Regex NewToken();
}
