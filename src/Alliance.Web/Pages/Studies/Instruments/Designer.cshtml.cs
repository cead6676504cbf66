using Alliance.Data;
using Alliance.Data.Audit;
using Alliance.Data.Instruments;
using Alliance.Instruments.Loading;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Instruments;

/// <summary>
/// <c>/studies/{id}/instruments/design?formId=…&amp;formVersion=…</c> (no query: a new instrument): the instrument designer. Server-rendered fields for
/// one definition (header, scales, items with their wording per language side by side, subscales, total, cutoffs); the
/// add, remove and move buttons post the form and get it back changed (<see cref="DesignerActions"/>); Save turns it
/// into definition JSON (<see cref="DesignerDefinition"/>) and stores it through <see cref="StudyInstrumentStore"/>, which
/// checks it with <see cref="InstrumentLoader"/>. Every problem is shown at its field and the form as posted.
/// </summary>
[StudyPage(StudyPolicies.Setup)]
internal sealed class DesignerModel(AllianceDbContext db) : StudyPageModel
{
    public DesignerInput Form { get; private set; } = new();

    /// <summary>The stored version edited here (route values), or null for a new instrument.</summary>
    public (string Id, string Version)? Stored { get; private set; }

    public StudyInstrumentUse Use { get; private set; } = StudyInstrumentUse.Draft;

    public bool Saved { get; private set; }

    /// <summary>Every problem as (element id, message), from the last Save.</summary>
    public IReadOnlyList<(string Field, string Message)> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? formId, string? formVersion, bool saved, CancellationToken ct)
    {
        Saved = saved;
        if (formId is null || formVersion is null)
        {
            var languages = await db.Studies.Where(s => s.StudyId == Study.StudyId).Select(s => s.Languages).SingleAsync(ct);
            Form = DesignerInput.Start(languages.Count > 0 ? languages : ["en"]);
            return Page();
        }
        var row = await db.OwnInstruments.AsNoTracking().SingleOrDefaultAsync(i => i.StudyId == Study.StudyId && i.InstrumentId == formId && i.Version == formVersion, ct);
        if (row is null)
        {
            return NotFound();
        }
        Stored = (row.InstrumentId, row.Version);
        Use = await StudyInstrumentStore.UseAsync(db, Study.StudyId, row.InstrumentId, row.Version, ct);
        Form = DesignerDefinition.FromInstrument(InstrumentLoader.Load(row.Definition, row.InstrumentId).GetOrThrow(), row.LicenceNote);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? formId, string? formVersion, DesignerInput input, string? act, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        // Form posts carry no key for an unticked box or an empty list; the framework leaves those as constructed.
        Form = input;
        Stored = formId is not null && formVersion is not null ? (formId, formVersion) : null;
        if (Stored is { } stored)
        {
            if (!await db.OwnInstruments.AnyAsync(i => i.StudyId == Study.StudyId && i.InstrumentId == stored.Id && i.Version == stored.Version, ct))
            {
                return NotFound();
            }
            Use = await StudyInstrumentStore.UseAsync(db, Study.StudyId, stored.Id, stored.Version, ct);
        }
        ModelState.Clear();
        if (act != "save")
        {
            return act is not null && DesignerActions.Apply(input, act) ? Page() : BadRequest();
        }
        var json = DesignerDefinition.ToJson(input);
        var problems = await StudyInstrumentStore.SaveAsync(db, Study.StudyId, json, input.LicenceNote, Stored, ct);
        if (problems.Count > 0)
        {
            Problems = [.. DesignerFields.Place(problems, DesignerFields.Paths(input), Text.Code)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var id = input.Id.Trim();
        var newVersion = input.Version.Trim();
        AuditTrail.Add(db, Study.StudyId, Study.Actor, Stored is null ? "instrument.create" : "instrument.change", new
        {
            instrument = id, version = newVersion, contentHash = StudyInstruments.ContentHash(json),
            replaced = Stored is { } s ? new { instrument = s.Id, version = s.Version } : null,
        });
        await db.SaveChangesAsync(ct);
        return Redirect(StudyUrl(Path(id, newVersion) + "&saved=true"));
    }

    /// <summary>The designer's address for a stored version, relative to the study (for <see cref="StudyPageModel.StudyUrl"/>).</summary>
    public static string Path(string id, string version) =>
        $"instruments/design?formId={Uri.EscapeDataString(id)}&formVersion={Uri.EscapeDataString(version)}";

    /// <summary>The messages shown at the element <paramref name="field"/>.</summary>
    public IEnumerable<string> ProblemsAt(string field) => Problems.Where(p => p.Field == field).Select(p => p.Message);
}
