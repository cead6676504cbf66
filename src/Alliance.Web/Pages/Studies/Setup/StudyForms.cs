using Alliance.Data;
using Alliance.Instruments;
using Alliance.Instruments.Loading;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// The study's own instruments as the set-up page offers them beside <see cref="ShippedForms"/>: the newest version of
/// each id, with its definition text for freezing (the same path a shipped form takes).
/// </summary>
public static class StudyForms
{
    /// <summary>The newest version of each of the study's own instruments, by id.</summary>
    public static async Task<IReadOnlyList<Instrument>> NewestAsync(AllianceDbContext db, long studyId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.OwnInstruments.AsNoTracking().Where(i => i.StudyId == studyId)
            .OrderBy(i => i.InstrumentId).ThenByDescending(i => i.CreatedAt).ToListAsync(ct);
        return [.. rows.DistinctBy(r => r.InstrumentId).Select(r => InstrumentLoader.Load(r.Definition, r.InstrumentId).GetOrThrow())];
    }

    /// <summary>The study's own instrument <paramref name="id"/> in <paramref name="version"/> (null: its newest), or null.</summary>
    public static async Task<Instrument?> OwnAsync(AllianceDbContext db, long studyId, string id, string? version, CancellationToken ct) =>
        await DefinitionAsync(db, studyId, id, version, ct) is { } json ? InstrumentLoader.Load(json, id).GetOrThrow() : null;

    /// <summary>The definition JSON of the study's own instrument <paramref name="id"/> (null version: its newest), or null.</summary>
    public static async Task<string?> DefinitionAsync(AllianceDbContext db, long studyId, string id, string? version, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.OwnInstruments.AsNoTracking()
            .Where(i => i.StudyId == studyId && i.InstrumentId == id && (version == null || i.Version == version))
            .OrderByDescending(i => i.CreatedAt).Select(i => i.Definition).FirstOrDefaultAsync(ct);
    }
}
