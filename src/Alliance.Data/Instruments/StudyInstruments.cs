using Alliance.Data.Model;
using Alliance.Instruments;
using Alliance.Instruments.Loading;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Instruments;

/// <summary>
/// Freezes instrument definitions into a study (one row per id + version, immutable once stored) and loads the frozen
/// copies back with Alliance.Instruments, the one instrument model of the platform.
/// </summary>
public static class StudyInstruments
{
    /// <summary>
    /// The definition's content hash as Alliance.Instruments computes it (<c>sha256:</c> + hex over a canonical
    /// serialisation), so a formatting change is not a new version and web and CLI agree.
    /// </summary>
    public static string ContentHash(string definitionJson) => Alliance.Instruments.Loading.ContentHash.Compute(definitionJson);

    /// <summary>
    /// Returns the study's frozen copy of the definition, storing it on first use. Only a valid definition is frozen,
    /// so every frozen version loads again later.
    /// </summary>
    /// <exception cref="InstrumentDefinitionException">The definition is not a valid instrument; the message lists every problem.</exception>
    /// <exception cref="InvalidOperationException">The same id and version is already frozen with other content.</exception>
    public static async Task<InstrumentVersion> FreezeAsync(AllianceDbContext db, long studyId, string definitionJson, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var definition = InstrumentLoader.Load(definitionJson, $"study {studyId}: definition to freeze").GetOrThrow();
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

    /// <summary>The instrument of a frozen version (licensed item wording is not looked for: placeholders stand in).</summary>
    /// <exception cref="InstrumentDefinitionException">
    /// The stored definition does not load (it was frozen before definitions were checked, or edited in the database);
    /// the message names the study, instrument and version and lists every problem.
    /// </exception>
    public static Instrument Load(InstrumentVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Load(version.StudyId, version.InstrumentId, version.Version, version.Definition);
    }

    /// <inheritdoc cref="Load(InstrumentVersion)"/>
    internal static Instrument Load(long studyId, string instrumentId, string version, string definitionJson) =>
        InstrumentLoader.Load(definitionJson, $"study {studyId}: frozen {instrumentId} {version}").GetOrThrow();
}
