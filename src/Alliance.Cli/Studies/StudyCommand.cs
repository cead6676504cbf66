using System.CommandLine;

namespace Alliance.Cli.Studies;

/// <summary><c>alliance study state|erase</c>: a study's lifecycle from the server, as an owner does it on the Study status page.</summary>
internal static class StudyCommand
{
    public static Command Create()
    {
        var command = new Command("study", "Lock, close, archive or unlock a study; erase a participant on request.");
        command.Subcommands.Add(StudyStateCommand.Create());
        command.Subcommands.Add(StudyEraseCommand.Create());
        return command;
    }
}
