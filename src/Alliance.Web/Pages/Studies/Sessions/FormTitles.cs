using Alliance.Data;
using Alliance.Data.Instruments;
using Alliance.Instruments;
using Alliance.Instruments.Loading;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Sessions;

/// <summary>
/// The titles of a study's frozen forms, as a participant reads them: in the invitation's language, else in the
/// definition's first language (its own, not English: a form written in German only stays German).
/// </summary>
internal sealed class FormTitles
{
    private readonly Dictionary<Guid, InstrumentHeader?> _headers;

    private FormTitles(Dictionary<Guid, InstrumentHeader?> headers) => _headers = headers;

    /// <summary>Loads each of <paramref name="versionIds"/> (the study's frozen versions) once.</summary>
    public static async Task<FormTitles> LoadAsync(AllianceDbContext db, long studyId, IReadOnlyCollection<Guid> versionIds, CancellationToken ct)
    {
        var versions = await db.InstrumentVersions.AsNoTracking()
            .Where(v => v.StudyId == studyId && versionIds.Contains(v.InstrumentVersionId)).ToListAsync(ct);
        return new FormTitles(versions.ToDictionary(v => v.InstrumentVersionId, v =>
        {
            try
            {
                return StudyInstruments.Load(v).Header;
            }
            catch (InstrumentDefinitionException)
            {
                // A stored definition that no longer loads must not cost the member links shown only once: the
                // instrument id stands in for the title.
                return (InstrumentHeader?)null;
            }
        }));
    }

    /// <summary>The title of <paramref name="versionId"/> in <paramref name="language"/>; the instrument id when it has none.</summary>
    public string Of(Guid versionId, string instrumentId, string language) =>
        _headers.GetValueOrDefault(versionId) is { } header
            ? header.Title.Get(header.Title.Has(language) || header.Languages.Count == 0 ? language : header.Languages[0])
            : instrumentId;
}
