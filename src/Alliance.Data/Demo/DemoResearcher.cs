using System.Globalization;
using Alliance.Data.Accounts;
using Alliance.Data.Model;

namespace Alliance.Data.Demo;

/// <summary>
/// A seeded study's owner: a researcher account with a fresh password, its membership as owner and an API token
/// (saved with the caller's next <c>SaveChanges</c>). The password and token are random, never derived from a seed.
/// </summary>
internal static class DemoResearcher
{
    public static (string Email, string Password, string ApiToken) Add(AllianceDbContext db, long studyId, DateTimeOffset now)
    {
        var password = SecretToken.Create()[..20];
        var apiToken = SecretToken.Create();
        var account = new ResearcherAccount
        {
            AccountId = Guid.CreateVersion7(),
            Email = string.Create(CultureInfo.InvariantCulture, $"demo-{studyId}-{SecretToken.Create()[..6].ToLowerInvariant()}@example.org"),
            PasswordHash = PasswordHashing.Hash(password),
            CreatedAt = now,
        };
        db.ResearcherAccounts.Add(account);
        db.StudyMembers.Add(new StudyMember { StudyId = studyId, AccountId = account.AccountId, Role = StudyRoles.Owner, AddedAt = now });
        db.ApiTokens.Add(new ApiToken
        {
            StudyId = studyId, TokenId = Guid.CreateVersion7(), AccountId = account.AccountId,
            TokenHash = SecretToken.HashOf(apiToken), Name = "demo", CreatedAt = now,
        });
        return (account.Email, password, apiToken);
    }
}
