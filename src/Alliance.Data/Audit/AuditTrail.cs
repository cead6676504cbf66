using System.Text.Json;
using Alliance.Data.Model;

namespace Alliance.Data.Audit;

/// <summary>Writes the audit log: who exported or viewed what of a study. Entries are only ever added.</summary>
public static class AuditTrail
{
    /// <summary>
    /// Adds an entry to <paramref name="db"/> (saved with the caller's next <c>SaveChanges</c>, so the entry commits
    /// or rolls back with the work it describes). <paramref name="detail"/> is serialised as a JSON object.
    /// </summary>
    public static AuditEntry Add(AllianceDbContext db, long studyId, string actor, string action, object detail)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entry = new AuditEntry
        {
            StudyId = studyId,
            AuditId = Guid.CreateVersion7(),
            Actor = actor,
            Action = action,
            Detail = JsonSerializer.Serialize(detail, JsonSerializerOptions.Web),
            At = DateTimeOffset.UtcNow,
        };
        db.AuditLog.Add(entry);
        return entry;
    }
}
