using System.CommandLine;
using Alliance.Data;
using Alliance.Data.Accounts;
using Alliance.Data.Embedded;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Cli.Accounts;

/// <summary>
/// <c>alliance accounts two-factor-off --email ADDRESS</c>: turns off an account's two-factor sign-in for a researcher
/// who lost both their authenticator and their recovery codes, or whose secrets became unreadable (a backup restored
/// under another key ring, docs/operations.md). Deletes the secret and the recovery codes and writes
/// <c>account.two-factor.removed</c> ("turned off by an operator") into the audit log of each of their studies;
/// their password and sign-in sessions are untouched. A study that requires two-factor sign-in sends them to enrol
/// again at their next visit.
/// </summary>
internal static class AccountsTwoFactorOffCommand
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "The account's e-mail address.", Required = true };
        var command = new Command("two-factor-off", "Turn off an account's two-factor sign-in (it keeps its password).") { email };
        command.SetAction(async (parse, ct) =>
        {
            // Addresses are stored lower-case (accounts add, invitations).
            var address = parse.GetValue(email)!.Trim().ToLowerInvariant();
            var connection = await AllianceConnection.ResolveAsync(ct);
            await using var db = AllianceDbContext.Open(connection);
            var account = await db.ResearcherAccounts.AsNoTracking().Where(a => a.Email == address)
                .Select(a => (Guid?)a.AccountId).FirstOrDefaultAsync(ct)
                ?? throw new InputException($"--email: no account '{address}' (see `alliance accounts list`)");
            var accounts = new TwoFactorAccounts(db);
            var output = parse.InvocationConfiguration.Output;
            if (await accounts.StateAsync(account, ct) is { Enabled: false, ProtectedSecret: null })
            {
                await output.WriteLineAsync($"{address}: two-factor sign-in is not on; nothing changed");
                return CliHost.Success;
            }
            await accounts.RemoveAsync(account, ct);
            await output.WriteLineAsync($"{address}: two-factor sign-in turned off (secret and recovery codes deleted; audited)");
            return CliHost.Success;
        });
        return command;
    }
}
