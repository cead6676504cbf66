using Alliance.Data;
using Alliance.Data.Audit;
using Alliance.Data.Invitations;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// Adds the dyads of a checked list to one study, all or nothing: rows whose arm or language the study does not have,
/// whose dyad code is already in the study or earlier in the list, or that give a therapist or client another language
/// than an earlier row, are problems and then nothing is stored. Therapists and clients the study does not know yet
/// are created; a language given for one it knows becomes theirs, an empty one leaves theirs as it is.
/// </summary>
public static class DyadImport
{
    /// <summary>The rows' problems against study <paramref name="studyId"/> (empty when the list can be stored).</summary>
    public static async Task<List<CsvProblem>> CheckAsync(AllianceDbContext db, long studyId, IReadOnlyList<DyadCsvRow> rows,
        Func<string, int> columnOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columnOf);
        var arms = (await db.StudyArms.Where(a => a.StudyId == studyId).Select(a => a.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var languages = await LanguagesAsync(db, studyId, ct);
        var codes = rows.Select(r => r.DyadCode).ToList();
        var taken = (await db.Dyads.Where(d => d.StudyId == studyId && codes.Contains(d.Code)).Select(d => d.Code).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var problems = new List<CsvProblem>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var spoken = new Dictionary<(string Column, string Code), string>();
        foreach (var row in rows)
        {
            if (row.Arm is not null && !arms.Contains(row.Arm))
            {
                problems.Add(new CsvProblem(row.Line, columnOf("arm"), "arm", "setup.csv.unknownArm", row.Arm));
            }
            if (taken.Contains(row.DyadCode))
            {
                problems.Add(new CsvProblem(row.Line, columnOf("client"), "client", "setup.csv.dyadExists", row.DyadCode));
            }
            else if (!seen.TryAdd(row.DyadCode, row.Line))
            {
                problems.Add(new CsvProblem(row.Line, columnOf("client"), "client", "setup.csv.dyadRepeated", row.DyadCode));
            }
            foreach (var (column, code, entered) in LanguageCells(row))
            {
                var offered = ParticipantLanguage.Offered(languages, entered);
                if (offered is null)
                {
                    problems.Add(new CsvProblem(row.Line, columnOf(column), column, "setup.csv.unknownLanguage", entered));
                }
                else if (!spoken.TryAdd((column, code), offered) && spoken[(column, code)] != offered)
                {
                    problems.Add(new CsvProblem(row.Line, columnOf(column), column, "setup.csv.languageConflict", code));
                }
            }
        }
        return problems;
    }

    /// <summary>Stores the rows (checked by <see cref="CheckAsync"/>) and an audit entry, in one save.</summary>
    public static async Task StoreAsync(AllianceDbContext db, long studyId, string actor, IReadOnlyList<DyadCsvRow> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var languages = await LanguagesAsync(db, studyId, ct);
        string? Language(string? entered) => entered is null ? null : ParticipantLanguage.Offered(languages, entered);
        var therapistCodes = rows.Select(r => r.Therapist).Distinct(StringComparer.Ordinal).ToList();
        var clientCodes = rows.Select(r => r.Client).Distinct(StringComparer.Ordinal).ToList();
        var therapists = await db.Therapists.Where(t => t.StudyId == studyId && therapistCodes.Contains(t.Code))
            .ToDictionaryAsync(t => t.Code, StringComparer.Ordinal, ct);
        var clients = await db.Clients.Where(c => c.StudyId == studyId && clientCodes.Contains(c.Code))
            .ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, ct);
        var now = DateTimeOffset.UtcNow;
        int newTherapists = 0, newClients = 0;
        foreach (var row in rows)
        {
            if (!therapists.TryGetValue(row.Therapist, out var therapist))
            {
                therapist = therapists[row.Therapist] = new Therapist
                    { StudyId = studyId, TherapistId = Guid.CreateVersion7(), Code = row.Therapist, CreatedAt = now };
                db.Therapists.Add(therapist);
                newTherapists++;
            }
            if (!clients.TryGetValue(row.Client, out var client))
            {
                client = clients[row.Client] = new Client { StudyId = studyId, ClientId = Guid.CreateVersion7(), Code = row.Client, CreatedAt = now };
                db.Clients.Add(client);
                newClients++;
            }
            therapist.Language = Language(row.TherapistLanguage) ?? therapist.Language;
            client.Language = Language(row.ClientLanguage) ?? client.Language;
            db.Dyads.Add(new Dyad
            {
                StudyId = studyId, DyadId = Guid.CreateVersion7(), Code = row.DyadCode, TherapistId = therapist.TherapistId,
                ClientId = client.ClientId, StartedOn = row.StartedOn, Arm = row.Arm,
            });
        }
        AuditTrail.Add(db, studyId, actor, "participants.bulk-add",
            new { dyads = rows.Count, therapists = newTherapists, clients = newClients });
        await db.SaveChangesAsync(ct);
    }

    private static IEnumerable<(string Column, string Code, string Entered)> LanguageCells(DyadCsvRow row)
    {
        if (row.TherapistLanguage is { } therapist)
        {
            yield return ("therapist_language", row.Therapist, therapist);
        }
        if (row.ClientLanguage is { } client)
        {
            yield return ("client_language", row.Client, client);
        }
    }

    private static Task<List<string>> LanguagesAsync(AllianceDbContext db, long studyId, CancellationToken ct) =>
        db.Studies.Where(s => s.StudyId == studyId).Select(s => s.Languages).SingleAsync(ct);
}
