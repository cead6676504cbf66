using System.Text.Json.Nodes;
using Alliance.Data.Model;
using Alliance.Instruments;
using Alliance.Instruments.Loading;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Instruments;

/// <summary>
/// A study's own instruments (<see cref="StudyInstrument"/>): checked by <see cref="InstrumentLoader"/>, the one loader
/// of the platform, and stored only when valid. A version is edited in place until an issued link uses it; then it is
/// frozen and a change is a new version, so no answer is ever re-read under other wording. Methods stage their changes
/// on the context; the caller adds its audit entry and saves both at once.
/// </summary>
public static class StudyInstrumentStore
{
    /// <summary>
    /// Every problem of <paramref name="definitionJson"/> as a study instrument, empty when it may be stored: the
    /// loader's problems, its parallel-form check against the study's other instruments and the shipped ones, an id
    /// that a shipped instrument already has, and licensed text kept in a file (a study instrument carries its wording).
    /// </summary>
    public static async Task<IReadOnlyList<InstrumentProblem>> CheckAsync(AllianceDbContext db, long studyId, string definitionJson, string source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var result = InstrumentLoader.Load(definitionJson, source);
        if (result.Instrument is not { } instrument)
        {
            return result.Problems;
        }
        var extra = new List<InstrumentProblem>();
        if (InstrumentCatalog.Shipped.Find(instrument.Id) is not null)
        {
            extra.Add(InstrumentProblem.Worded(source, "$.id", "study.shippedId", instrument.Id));
        }
        if (instrument.Header.ItemTextFile is not null)
        {
            extra.Add(InstrumentProblem.Worded(source, "$.item_text_file", "study.itemTextFile"));
        }
        var others = await PartnersAsync(db, studyId, instrument, ct).ConfigureAwait(false);
        var checkedSet = InstrumentLoader.CheckParallelForms([result, .. others]);
        return [.. checkedSet[0].Problems, .. extra];
    }

    /// <summary>
    /// Stores a valid definition: as a new draft when <paramref name="replacing"/> is null, else in place of that
    /// version (id and version may change while it is a draft). Returns the problems, empty when staged.
    /// </summary>
    public static async Task<IReadOnlyList<InstrumentProblem>> SaveAsync(AllianceDbContext db, long studyId, string definitionJson,
        string? licenceNote, (string Id, string Version)? replacing, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        const string source = "definition";
        var problems = await CheckAsync(db, studyId, definitionJson, source, ct).ConfigureAwait(false);
        if (problems.Count > 0)
        {
            return problems;
        }
        var instrument = InstrumentLoader.Load(definitionJson, source).GetOrThrow();
        var hash = ContentHash.Compute(definitionJson);
        var sameKey = replacing is { } r && r.Id == instrument.Id && r.Version == instrument.Version;
        if (!sameKey && await db.OwnInstruments.AnyAsync(i => i.StudyId == studyId && i.InstrumentId == instrument.Id && i.Version == instrument.Version, ct).ConfigureAwait(false))
        {
            return [InstrumentProblem.Worded(source, "$.version", "study.versionExists", instrument.Id, instrument.Version)];
        }
        if (replacing is { } old)
        {
            var use = await UseAsync(db, studyId, old.Id, old.Version, ct).ConfigureAwait(false);
            if (use == StudyInstrumentUse.Issued)
            {
                return [InstrumentProblem.Worded(source, "$.version", "study.versionInUse", old.Id, old.Version)];
            }
            if (use == StudyInstrumentUse.Scheduled && !sameKey)
            {
                return [InstrumentProblem.Worded(source, "$.id", "study.versionScheduled", old.Id, old.Version)];
            }
            var row = await db.OwnInstruments.SingleAsync(i => i.StudyId == studyId && i.InstrumentId == old.Id && i.Version == old.Version, ct).ConfigureAwait(false);
            if (!sameKey)
            {
                db.OwnInstruments.Remove(row);
                db.OwnInstruments.Add(New(studyId, instrument, definitionJson, hash, licenceNote, row.CreatedAt));
                return [];
            }
            (row.Definition, row.ContentHash, row.LicenceNote, row.UpdatedAt) = (definitionJson, hash, Note(licenceNote), DateTimeOffset.UtcNow);
            if (use == StudyInstrumentUse.Scheduled)
            {
                // Scheduled but unanswered: the frozen copy follows the draft, so the first link issued gets the wording shown here.
                var frozen = await db.InstrumentVersions.SingleAsync(v => v.StudyId == studyId && v.InstrumentId == old.Id && v.Version == old.Version, ct).ConfigureAwait(false);
                (frozen.Definition, frozen.ContentHash, frozen.FrozenAt) = (definitionJson, hash, DateTimeOffset.UtcNow);
            }
            return [];
        }
        db.OwnInstruments.Add(New(studyId, instrument, definitionJson, hash, licenceNote, DateTimeOffset.UtcNow));
        return [];
    }

    /// <summary>Whether the version is a draft, on the schedule, or used by an issued link.</summary>
    public static async Task<StudyInstrumentUse> UseAsync(AllianceDbContext db, long studyId, string instrumentId, string version, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var frozen = await db.InstrumentVersions.AsNoTracking()
            .Where(v => v.StudyId == studyId && v.InstrumentId == instrumentId && v.Version == version)
            .Select(v => (Guid?)v.InstrumentVersionId).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        if (frozen is not { } id)
        {
            return StudyInstrumentUse.Draft;
        }
        return await db.Invitations.AnyAsync(i => i.StudyId == studyId && i.InstrumentVersionId == id, ct).ConfigureAwait(false)
            ? StudyInstrumentUse.Issued : StudyInstrumentUse.Scheduled;
    }

    /// <summary>Removes a draft; false (nothing staged) when it does not exist or is on the schedule.</summary>
    public static async Task<bool> DeleteAsync(AllianceDbContext db, long studyId, string instrumentId, string version, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = await db.OwnInstruments.SingleOrDefaultAsync(i => i.StudyId == studyId && i.InstrumentId == instrumentId && i.Version == version, ct).ConfigureAwait(false);
        if (row is null || await UseAsync(db, studyId, instrumentId, version, ct).ConfigureAwait(false) != StudyInstrumentUse.Draft)
        {
            return false;
        }
        db.OwnInstruments.Remove(row);
        return true;
    }

    /// <summary>
    /// Stages a copy of the version as the next free minor version (1.2.0 → 1.3.0), the way to change a frozen one;
    /// returns the new row, or null when the version does not exist.
    /// </summary>
    public static async Task<StudyInstrument?> NewVersionAsync(AllianceDbContext db, long studyId, string instrumentId, string version, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = await db.OwnInstruments.AsNoTracking().SingleOrDefaultAsync(i => i.StudyId == studyId && i.InstrumentId == instrumentId && i.Version == version, ct).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }
        var taken = await db.OwnInstruments.Where(i => i.StudyId == studyId && i.InstrumentId == instrumentId).Select(i => i.Version).ToListAsync(ct).ConfigureAwait(false);
        var next = StudyInstrumentVersions.Next(version, taken);
        var node = JsonNode.Parse(row.Definition)!.AsObject();
        node["version"] = next;
        var json = node.ToJsonString(StudyInstrumentVersions.Indented);
        var copy = New(studyId, InstrumentLoader.Load(json, "new version").GetOrThrow(), json, ContentHash.Compute(json), row.LicenceNote, DateTimeOffset.UtcNow);
        db.OwnInstruments.Add(copy);
        return copy;
    }

    /// <summary>
    /// The study's other instruments (newest version per id) as load results for the parallel-form check. A partner
    /// that declares no parallel form yet is checked as if it named <paramref name="form"/>, so a pair can be built one
    /// form at a time: the second form's check then finds the first naming it for real.
    /// </summary>
    private static async Task<List<InstrumentLoadResult>> PartnersAsync(AllianceDbContext db, long studyId, Instrument form, CancellationToken ct)
    {
        var rows = await db.OwnInstruments.AsNoTracking().Where(i => i.StudyId == studyId && i.InstrumentId != form.Id)
            .OrderBy(i => i.InstrumentId).ThenByDescending(i => i.CreatedAt).ToListAsync(ct).ConfigureAwait(false);
        var results = new List<InstrumentLoadResult>();
        foreach (var row in rows.DistinctBy(r => r.InstrumentId))
        {
            var json = row.Definition;
            if (row.InstrumentId == form.Header.ParallelForm)
            {
                var node = JsonNode.Parse(json)!.AsObject();
                if (!node.ContainsKey("parallel_form"))
                {
                    node["parallel_form"] = form.Id;
                    json = node.ToJsonString();
                }
            }
            results.Add(InstrumentLoader.Load(json, $"{row.InstrumentId} {row.Version}"));
        }
        return results;
    }

    private static StudyInstrument New(long studyId, Instrument instrument, string json, string hash, string? licenceNote, DateTimeOffset created) => new()
    {
        StudyId = studyId, InstrumentId = instrument.Id, Version = instrument.Version, ContentHash = hash, Definition = json,
        LicenceNote = Note(licenceNote), CreatedAt = created, UpdatedAt = DateTimeOffset.UtcNow,
    };

    /// <summary>A licence note as stored: trimmed, null when blank (the column refuses an empty note).</summary>
    private static string? Note(string? licenceNote) => string.IsNullOrWhiteSpace(licenceNote) ? null : licenceNote.Trim();
}
