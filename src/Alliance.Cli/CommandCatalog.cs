using System.CommandLine;

namespace Alliance.Cli;

/// <summary>Every top-level command of <c>alliance</c>; one line per feature folder.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return Instruments.InstrumentsCommand.Create();
        yield return Instruments.ScoreCommand.Create();
        yield return Database.DbCommand.Create();
        yield return Database.DemoCommand.Create();
        yield return Database.ExportCommand.Create();
        yield return Database.ImportCommand.Create();
    }
}
