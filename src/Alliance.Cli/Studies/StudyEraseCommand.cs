using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Alliance.Cli.Instruments;
using Alliance.Data;
using Alliance.Data.Embedded;
using Alliance.Data.Lifecycle;
using Alliance.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Cli.Studies;

/// <summary>
/// <c>alliance study erase --study ID --role client|therapist --code CODE --confirm CODE [--json]</c>: erases a
/// participant on request (GDPR Art. 17) as the study's erasure setting says (docs/data.md, "Erasure"). The code must
/// be given twice, as the page asks for it typed; the output names the mode, never the code. JSON:
/// <c>{"study_id", "role", "mode"}</c>.
/// </summary>
internal static class StudyEraseCommand
{
    public static Command Create()
    {
        var study = new Option<long>("--study") { Description = "Study id.", Required = true };
        var role = new Option<string>("--role") { Description = "client or therapist.", Required = true };
        role.AcceptOnlyFromAmong("client", "therapist");
        var code = new Option<string>("--code") { Description = "The participant's code.", Required = true };
        var confirm = new Option<string>("--confirm") { Description = "The same code again, to confirm.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON document." };
        var command = new Command("erase", "Erase a client or therapist on request (cannot be undone).") { study, role, code, confirm, json };
        command.SetAction(async (parse, ct) =>
        {
            var studyId = parse.GetValue(study);
            var who = parse.GetValue(code)!;
            if (!string.Equals(who, parse.GetValue(confirm), StringComparison.Ordinal))
            {
                throw new InputException("--confirm: not the same as --code; nothing was erased");
            }
            var rater = RaterRoleNames.Parse(parse.GetValue(role)!);
            await using var db = AllianceDbContext.Open(await AllianceConnection.ResolveAsync(ct));
            var id = rater == RaterRole.Client
                ? await db.Clients.Where(c => c.StudyId == studyId && c.Code == who).Select(c => (Guid?)c.ClientId).SingleOrDefaultAsync(ct)
                : await db.Therapists.Where(t => t.StudyId == studyId && t.Code == who).Select(t => (Guid?)t.TherapistId).SingleOrDefaultAsync(ct);
            // The message does not repeat the code: the terminal's scrollback is no place for it after an erasure.
            var mode = id is null ? null
                : await ParticipantErasure.EraseAsync(db, studyId, rater, id.Value, $"cli:{Environment.UserName}", DateTimeOffset.UtcNow,
                    Environment.GetEnvironmentVariable("Mail__Outbox"), ct);
            if (mode is null)
            {
                throw new InputException(string.Create(CultureInfo.InvariantCulture, $"--code: study {studyId} has no {rater.Name()} with that code"));
            }
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync(parse.GetValue(json)
                ? JsonSerializer.Serialize(new { study_id = studyId, role = rater.Name(), mode = mode.Value.Name() }, CliJson.Options)
                : string.Create(CultureInfo.InvariantCulture, $"study {studyId}: erased a {rater.Name()} ({mode.Value.Name()})"));
            return CliHost.Success;
        });
        return command;
    }
}
