using System.CommandLine;

namespace Alliance.Cli.Accounts;

/// <summary><c>alliance accounts add|list</c>: researcher accounts, so a fresh installation needs no demo to sign in.</summary>
internal static class AccountsCommand
{
    public static Command Create() => Create(Console.In);

    /// <summary>The command reading <c>--password-stdin</c> from <paramref name="stdin"/> (tests pass their own reader).</summary>
    internal static Command Create(TextReader stdin)
    {
        var command = new Command("accounts", "Create and list researcher accounts (study roles are given on a study's Members page).");
        command.Subcommands.Add(AccountsAddCommand.Create(stdin));
        command.Subcommands.Add(AccountsListCommand.Create());
        return command;
    }
}
