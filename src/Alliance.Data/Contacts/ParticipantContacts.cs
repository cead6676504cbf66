using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Contacts;

/// <summary>Reads and writes a study's participants' encrypted contact details (roles <c>client</c>, <c>therapist</c>).</summary>
public static class ParticipantContacts
{
    /// <summary>Participants of the study with contact details, therapists first, by code; at most <paramref name="limit"/>.</summary>
    public static async Task<List<StoredContact>> ListAsync(AllianceDbContext db, long studyId, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var therapists = await db.Therapists.Where(t => t.StudyId == studyId && t.ContactEncrypted != null)
            .OrderBy(t => t.Code).Take(limit)
            .Select(t => new StoredContact("therapist", t.TherapistId, t.Code, t.ContactEncrypted!)).ToListAsync(ct).ConfigureAwait(false);
        var clients = await db.Clients.Where(c => c.StudyId == studyId && c.ContactEncrypted != null)
            .OrderBy(c => c.Code).Take(limit)
            .Select(c => new StoredContact("client", c.ClientId, c.Code, c.ContactEncrypted!)).ToListAsync(ct).ConfigureAwait(false);
        return [.. therapists.Concat(clients).Take(limit)];
    }

    /// <summary>One participant by role and code, or null when the study has no such participant.</summary>
    public static async Task<(Guid Id, byte[]? Encrypted)?> FindAsync(AllianceDbContext db, long studyId, string role, string code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var found = role == "therapist"
            ? await db.Therapists.Where(t => t.StudyId == studyId && t.Code == code)
                .Select(t => new { Id = t.TherapistId, t.ContactEncrypted }).SingleOrDefaultAsync(ct).ConfigureAwait(false)
            : await db.Clients.Where(c => c.StudyId == studyId && c.Code == code)
                .Select(c => new { Id = c.ClientId, c.ContactEncrypted }).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        return found is null ? null : (found.Id, found.ContactEncrypted);
    }

    /// <summary>Stores <paramref name="encrypted"/> (null: none) for the participant; false when there is no such participant.</summary>
    public static async Task<bool> SetAsync(AllianceDbContext db, long studyId, string role, Guid participantId, byte[]? encrypted, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var changed = role == "therapist"
            ? await db.Therapists.Where(t => t.StudyId == studyId && t.TherapistId == participantId)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.ContactEncrypted, encrypted), ct).ConfigureAwait(false)
            : await db.Clients.Where(c => c.StudyId == studyId && c.ClientId == participantId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ContactEncrypted, encrypted), ct).ConfigureAwait(false);
        return changed == 1;
    }
}
