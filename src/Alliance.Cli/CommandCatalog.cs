using System.CommandLine;

namespace Alliance.Cli;

/// <summary>Every top-level command of <c>alliance</c>; one line per feature folder.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return Database.DbCommand.Create();
        yield return Database.DemoCommand.Create();
        yield return Database.ExportCommand.Create();
        yield return Database.ImportCommand.Create();
        yield return Accounts.AccountsCommand.Create();
        yield return Studies.StudyCommand.Create();
        yield return Instruments.InstrumentsCommand.Create();
        yield return Instruments.ScoreCommand.Create();
        yield return Analyses.ReliabilityCommand.Create();
        yield return Analyses.AgreementCommand.Create();
        yield return Analyses.DescribeCommand.Create();
        yield return Analyses.ChangeCommand.Create();
        yield return Mixed.MixedCommand.Create();
        yield return Ruptures.RupturesCommand.Create();
        yield return Multilevel.MultilevelCommand.Create();
        yield return Report.ReportCommand.Create();
    }
}
