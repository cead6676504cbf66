using System.CommandLine;

namespace Alliance.Cli.Instruments;

/// <summary><c>alliance instruments list|validate|import|export</c>.</summary>
internal static class InstrumentsCommand
{
    public static Command Create()
    {
        var command = new Command("instruments", "List the shipped instruments, validate definition files, import them from REDCap or FHIR, export them to FHIR");
        command.Subcommands.Add(InstrumentsListCommand.Create());
        command.Subcommands.Add(InstrumentsValidateCommand.Create());
        command.Subcommands.Add(InstrumentsImportCommand.Create());
        command.Subcommands.Add(InstrumentsExportCommand.Create());
        return command;
    }
}
