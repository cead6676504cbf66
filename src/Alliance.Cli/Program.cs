using System.CommandLine;
using Alliance.Cli;

var root = new RootCommand("alliance — research survey and analytics for the therapeutic relationship");
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}

return await CliHost.RunAsync(root, args, Console.Out, Console.Error);
