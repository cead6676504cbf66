using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Alliance.Cli.Instruments;
using Alliance.Data;
using Alliance.Data.Embedded;
using Alliance.Data.Lifecycle;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Cli.Studies;

/// <summary>
/// <c>alliance study state --study ID [--to active|locked|closed|archived] [--json]</c>: prints the study's state, or
/// moves it (audited as <c>cli:&lt;user&gt;</c>); exit 2 for an unknown study or a move the rule refuses (an archived
/// study only unlocks). JSON: <c>{"study_id", "state", "changed"}</c>.
/// </summary>
internal static class StudyStateCommand
{
    public static Command Create()
    {
        var study = new Option<long>("--study") { Description = "Study id.", Required = true };
        var to = new Option<string?>("--to") { Description = "The state to move to: active (unlock), locked, closed or archived." };
        to.AcceptOnlyFromAmong("active", "locked", "closed", "archived");
        var json = new Option<bool>("--json") { Description = "Print one JSON document." };
        var command = new Command("state", "Print or change a study's state.") { study, to, json };
        command.SetAction(async (parse, ct) =>
        {
            var studyId = parse.GetValue(study);
            await using var db = AllianceDbContext.Open(await AllianceConnection.ResolveAsync(ct));
            if (!await db.Studies.AnyAsync(s => s.StudyId == studyId, ct))
            {
                throw new InputException(string.Create(CultureInfo.InvariantCulture, $"--study: there is no study {studyId}"));
            }
            var changed = false;
            if (parse.GetValue(to) is { } name)
            {
                var target = StudyStates.Parse(name);
                var from = await StudyLifecycle.StateAsync(db, studyId, ct);
                changed = from == target || await StudyLifecycle.ChangeStateAsync(db, studyId, target, $"cli:{Environment.UserName}", ct);
                if (!changed)
                {
                    throw new InputException($"--to: a study that is {from.Name()} cannot become {name} (an archived study can only be unlocked: --to active)");
                }
                changed = from != target;
            }
            var state = (await StudyLifecycle.StateAsync(db, studyId, ct)).Name();
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync(parse.GetValue(json)
                ? JsonSerializer.Serialize(new { study_id = studyId, state, changed }, CliJson.Options)
                : string.Create(CultureInfo.InvariantCulture, $"study {studyId}: {state}"));
            return CliHost.Success;
        });
        return command;
    }
}
