using System.CommandLine;

namespace Alliance.Cli;

/// <summary>Every top-level command of <c>alliance</c>; one line per feature folder.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return Mixed.MixedCommand.Create();
        yield return Ruptures.RupturesCommand.Create();
        yield return Multilevel.MultilevelCommand.Create();
    }
}
