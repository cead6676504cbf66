using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Alliance.Cli.Instruments;
using Alliance.Data;
using Alliance.Data.Embedded;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Cli.Accounts;

/// <summary>
/// <c>alliance accounts list [--json]</c>: every researcher account with its studies and roles. JSON:
/// <c>{"accounts": [{"account_id", "email", "created_at", "locked", "studies": [{"study_id", "role"}]}]}</c>.
/// </summary>
internal static class AccountsListCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON document instead of a table." };
        var command = new Command("list", "List researcher accounts with their studies and roles.") { json };
        command.SetAction(async (parse, ct) =>
        {
            var connection = await AllianceConnection.ResolveAsync(ct);
            await using var db = AllianceDbContext.Open(connection);
            var now = DateTimeOffset.UtcNow;
            var accounts = await db.ResearcherAccounts.AsNoTracking().OrderBy(a => a.Email)
                .Select(a => new
                {
                    a.AccountId,
                    a.Email,
                    a.CreatedAt,
                    // Some client must wait before its next sign-in as this address (sign_in_failures).
                    Locked = db.SignInFailures.Any(f => f.Email == a.Email && f.BlockedUntil > now),
                    Studies = db.StudyMembers.Where(m => m.AccountId == a.AccountId).OrderBy(m => m.StudyId)
                        .Select(m => new { m.StudyId, m.Role }).ToList(),
                })
                .ToListAsync(ct);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    accounts = accounts.Select(a => new
                    {
                        account_id = a.AccountId,
                        email = a.Email,
                        created_at = a.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                        locked = a.Locked,
                        studies = a.Studies.Select(s => new { study_id = s.StudyId, role = s.Role }),
                    }),
                }, CliJson.Options));
                return CliHost.Success;
            }
            foreach (var a in accounts)
            {
                var studies = a.Studies.Count == 0 ? "(no study yet)"
                    : string.Join(", ", a.Studies.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.StudyId}:{s.Role}")));
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{a.Email,-40} {a.CreatedAt.UtcDateTime:yyyy-MM-dd}  {studies}{(a.Locked ? "  [locked]" : "")}"));
            }
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{accounts.Count} account(s)"));
            return CliHost.Success;
        });
        return command;
    }
}
