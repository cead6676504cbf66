using System.CommandLine;

namespace Alliance.Cli.Instruments;

/// <summary><c>alliance instruments list|validate</c>.</summary>
internal static class InstrumentsCommand
{
    public static Command Create()
    {
        var command = new Command("instruments", "List the shipped instruments or validate instrument definition files");
        command.Subcommands.Add(InstrumentsListCommand.Create());
        command.Subcommands.Add(InstrumentsValidateCommand.Create());
        return command;
    }
}
