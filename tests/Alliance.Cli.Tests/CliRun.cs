using System.CommandLine;

namespace Alliance.Cli.Tests;

/// <summary>Runs the <c>alliance</c> command in-process and captures what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var root = new RootCommand("alliance");
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliHost.RunAsync(root, args, stdout, stderr);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }
}
