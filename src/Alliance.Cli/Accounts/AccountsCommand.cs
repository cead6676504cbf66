using System.CommandLine;

namespace Alliance.Cli.Accounts;

/// <summary>
/// <c>alliance accounts add|list|two-factor-off</c>: researcher accounts, so a fresh installation needs no demo to sign
/// in, and an operator can let someone back in who lost their second factor.
/// </summary>
internal static class AccountsCommand
{
    public static Command Create() => Create(Console.In);

    /// <summary>The command reading <c>--password-stdin</c> from <paramref name="stdin"/> (tests pass their own reader).</summary>
    internal static Command Create(TextReader stdin)
    {
        var command = new Command("accounts", "Create and list researcher accounts, turn off two-factor sign-in (study roles are given on a study's Members page).");
        command.Subcommands.Add(AccountsAddCommand.Create(stdin));
        command.Subcommands.Add(AccountsListCommand.Create());
        command.Subcommands.Add(AccountsTwoFactorOffCommand.Create());
        return command;
    }
}
