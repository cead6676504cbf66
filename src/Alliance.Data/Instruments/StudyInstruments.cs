using System.Security.Cryptography;
using System.Text;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Instruments;

/// <summary>Freezes instrument definitions into a study (one row per id + version, immutable once stored).</summary>
public static class StudyInstruments
{
    /// <summary>
    /// Interim content hash until Alliance.Instruments defines the canonical one: <c>sha256:</c> + lower-case hex of
    /// the definition's UTF-8 bytes as given.
    /// </summary>
    public static string ContentHash(string definitionJson) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(definitionJson)));

    /// <summary>
    /// Returns the study's frozen copy of the definition, storing it on first use. Throws
    /// <see cref="InvalidOperationException"/> when the same id and version is already frozen with other content.
    /// </summary>
    public static async Task<InstrumentVersion> FreezeAsync(AllianceDbContext db, long studyId, string definitionJson, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var definition = FrozenDefinition.Parse(definitionJson);
        var hash = ContentHash(definitionJson);
        var existing = await db.InstrumentVersions.SingleOrDefaultAsync(
            v => v.StudyId == studyId && v.InstrumentId == definition.Id && v.Version == definition.Version, ct).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing.ContentHash == hash ? existing : throw new InvalidOperationException(
                $"instrument {definition.Id} {definition.Version} is frozen in study {studyId} with different content; give the edit a new version");
        }
        var frozen = new InstrumentVersion
        {
            StudyId = studyId,
            InstrumentVersionId = Guid.CreateVersion7(),
            InstrumentId = definition.Id,
            Version = definition.Version,
            ContentHash = hash,
            Definition = definitionJson,
            FrozenAt = DateTimeOffset.UtcNow,
        };
        db.InstrumentVersions.Add(frozen);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return frozen;
    }
}
