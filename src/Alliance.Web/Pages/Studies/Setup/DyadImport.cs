using Alliance.Data;
using Alliance.Data.Audit;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// Adds the dyads of a checked list to one study, all or nothing: rows whose arm the study does not have, or whose
/// dyad code is already in the study or earlier in the list, are problems and then nothing is stored. Therapists and
/// clients the study does not know yet are created.
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
        var codes = rows.Select(r => r.DyadCode).ToList();
        var taken = (await db.Dyads.Where(d => d.StudyId == studyId && codes.Contains(d.Code)).Select(d => d.Code).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var problems = new List<CsvProblem>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
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
        }
        return problems;
    }

    /// <summary>Stores the rows (checked by <see cref="CheckAsync"/>) and an audit entry, in one save.</summary>
    public static async Task StoreAsync(AllianceDbContext db, long studyId, string actor, IReadOnlyList<DyadCsvRow> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var therapistCodes = rows.Select(r => r.Therapist).Distinct(StringComparer.Ordinal).ToList();
        var clientCodes = rows.Select(r => r.Client).Distinct(StringComparer.Ordinal).ToList();
        var therapists = await db.Therapists.Where(t => t.StudyId == studyId && therapistCodes.Contains(t.Code))
            .ToDictionaryAsync(t => t.Code, t => t.TherapistId, StringComparer.Ordinal, ct);
        var clients = await db.Clients.Where(c => c.StudyId == studyId && clientCodes.Contains(c.Code))
            .ToDictionaryAsync(c => c.Code, c => c.ClientId, StringComparer.Ordinal, ct);
        var now = DateTimeOffset.UtcNow;
        int newTherapists = 0, newClients = 0;
        foreach (var row in rows)
        {
            if (!therapists.TryGetValue(row.Therapist, out var therapistId))
            {
                therapistId = Guid.CreateVersion7();
                therapists[row.Therapist] = therapistId;
                db.Therapists.Add(new Therapist { StudyId = studyId, TherapistId = therapistId, Code = row.Therapist, CreatedAt = now });
                newTherapists++;
            }
            if (!clients.TryGetValue(row.Client, out var clientId))
            {
                clientId = Guid.CreateVersion7();
                clients[row.Client] = clientId;
                db.Clients.Add(new Client { StudyId = studyId, ClientId = clientId, Code = row.Client, CreatedAt = now });
                newClients++;
            }
            db.Dyads.Add(new Dyad
            {
                StudyId = studyId, DyadId = Guid.CreateVersion7(), Code = row.DyadCode, TherapistId = therapistId, ClientId = clientId,
                StartedOn = row.StartedOn, Arm = row.Arm,
            });
        }
        AuditTrail.Add(db, studyId, actor, "participants.bulk-add",
            new { dyads = rows.Count, therapists = newTherapists, clients = newClients });
        await db.SaveChangesAsync(ct);
    }
}
