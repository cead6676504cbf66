using System.Text;
using Alliance.Data;
using Alliance.Data.Audit;
using Alliance.Data.Export;
using Alliance.Data.Instruments;
using Alliance.Data.TestLinks;
using Alliance.Instruments;
using Alliance.Instruments.Loading;
using Alliance.Interchange;
using Alliance.Web.Pages.Studies.Sessions;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Instruments;

/// <summary>
/// <c>/studies/{id}/instruments</c>: the study's own instruments (each version a draft, scheduled, or in use by issued
/// links) beside the shipped ones; a new instrument, a file upload (checked like the designer's Save: nothing stored on
/// any problem, every problem listed with its place), a download of any instrument as definition JSON, new versions and
/// deleting drafts, and test links (<see cref="TestLinkList"/>; answered at <c>/s/test/{token}</c>, kept apart from study
/// data). Under the set-up policy (owners and researchers); every change is in the audit log.
/// </summary>
[StudyPage(StudyPolicies.Setup)]
internal sealed class IndexModel(AllianceDbContext db, Alliance.Web.Surveys.SurveyOptions survey) : StudyPageModel
{
    public IReadOnlyList<InstrumentRow> Own { get; private set; } = [];

    public string? Done { get; private set; }

    /// <summary>The upload's problems as "place: message", empty when there were none.</summary>
    public IReadOnlyList<string> UploadProblems { get; private set; } = [];

    public string UploadFormat { get; private set; } = InstrumentUpload.AllianceJson;

    /// <summary>
    /// What a converted upload (REDCap, FHIR) held that the stored definition does not take over, as "place: message";
    /// shown with the upload's success, since a redirect would lose them.
    /// </summary>
    public IReadOnlyList<string> UploadNotes { get; private set; } = [];

    /// <summary>A delete refused because the version is on the schedule: its id and version.</summary>
    public string? DeleteRefused { get; private set; }

    /// <summary>The test link just made, in clear: shown once, as only its token's hash is stored.</summary>
    public (Alliance.Data.Model.TestLink Link, string Url)? NewTestLink { get; private set; }

    public IReadOnlyList<TestLinkRow> TestLinks { get; private set; } = [];

    /// <summary>A test link the preview asked to make (<c>?testForm=&amp;testLanguage=&amp;testVersion=</c>), offered as a button.</summary>
    public (Instrument Form, string? Version, string Language)? OfferedTestLink { get; private set; }

    public async Task OnGetAsync(string? done, string? testForm, string? testVersion, string? testLanguage, CancellationToken ct)
    {
        Done = done;
        if (await TestLinkList.FormAsync(db, Study.StudyId, testForm, testVersion, ct) is ({ } form, not null)
            && testLanguage is not null && form.Header.Languages.Contains(testLanguage, StringComparer.Ordinal))
        {
            OfferedTestLink = (form, testVersion, testLanguage);
        }
        await LoadAsync(ct);
    }

    /// <summary>The definition as JSON: the study's own version, else the shipped instrument with that id.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string? formId, string? formVersion, string? to, CancellationToken ct)
    {
        if (formId is null)
        {
            return NotFound();
        }
        var json = formVersion is null
            ? null
            : await db.OwnInstruments.AsNoTracking().Where(i => i.StudyId == Study.StudyId && i.InstrumentId == formId && i.Version == formVersion)
                .Select(i => i.Definition).SingleOrDefaultAsync(ct);
        var name = formId + (formVersion is null ? "" : "-" + formVersion) + ".json";
        json ??= formVersion is null && InstrumentCatalog.Shipped.Find(formId) is not null ? InstrumentCatalog.ShippedDefinition(formId + ".json") : null;
        if (json is null)
        {
            return NotFound();
        }
        if (to == "fhir")
        {
            // The same conversion as `alliance instruments export --to fhir`.
            return File(Encoding.UTF8.GetBytes(DefinitionExport.ToFhir(json, name)), FhirResponseExport.ContentType, Path.ChangeExtension(name, ".fhir.json"));
        }
        if (to is not null)
        {
            return NotFound();
        }
        if (formVersion is not null)
        {
            // jsonb keeps no layout: give the file the platform's own indentation.
            json = System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString(StudyInstrumentVersions.Indented) + "\n";
        }
        return File(Encoding.UTF8.GetBytes(json), "application/json", name);
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, string? format, string? licenceNote, CancellationToken ct)
    {
        UploadFormat = format ?? InstrumentUpload.AllianceJson;
        if (file is null || file.Length == 0)
        {
            return await RefuseUploadAsync([Text["instruments.upload.none"]], ct);
        }
        await using var stream = file.OpenReadStream();
        var source = Path.GetFileName(file.FileName);
        var (json, problems, notes) = await InstrumentUpload.ReadAsync(UploadFormat, stream, source, ct);
        if (json is not null)
        {
            problems = await StudyInstrumentStore.SaveAsync(db, Study.StudyId, json, licenceNote, null, ct);
        }
        if (problems.Count > 0)
        {
            return await RefuseUploadAsync([.. problems.Select(p => $"{source}: {p.Path}: {p.MessageIn(Text.Code)}")], ct);
        }
        var instrument = InstrumentLoader.Load(json!, source).GetOrThrow();
        AuditTrail.Add(db, Study.StudyId, Study.Actor, "instrument.upload", new
        {
            instrument = instrument.Id, version = instrument.Version, contentHash = instrument.ContentHash, format = UploadFormat, file = source,
        });
        await db.SaveChangesAsync(ct);
        if (notes.Count > 0)
        {
            Done = "uploaded";
            UploadNotes = [.. notes.Select(p => $"{source}: {p.Path}: {p.Message}")];
            await LoadAsync(ct);
            return Page();
        }
        return Redirect(StudyUrl("instruments?done=uploaded"));
    }

    public async Task<IActionResult> OnPostNewVersionAsync(string? formId, string? formVersion, CancellationToken ct)
    {
        if (formId is null || formVersion is null)
        {
            return NotFound();
        }
        var copy = await StudyInstrumentStore.NewVersionAsync(db, Study.StudyId, formId, formVersion, ct);
        if (copy is null)
        {
            return NotFound();
        }
        AuditTrail.Add(db, Study.StudyId, Study.Actor, "instrument.version", new
        {
            instrument = copy.InstrumentId, version = copy.Version, from = formVersion, contentHash = copy.ContentHash,
        });
        await db.SaveChangesAsync(ct);
        return Redirect(StudyUrl(DesignerModel.Path(copy.InstrumentId, copy.Version) + "&saved=true"));
    }

    public async Task<IActionResult> OnPostDeleteAsync(string? formId, string? formVersion, CancellationToken ct)
    {
        if (formId is null || formVersion is null
            || !await db.OwnInstruments.AnyAsync(i => i.StudyId == Study.StudyId && i.InstrumentId == formId && i.Version == formVersion, ct))
        {
            return NotFound();
        }
        if (!await StudyInstrumentStore.DeleteAsync(db, Study.StudyId, formId, formVersion, ct))
        {
            DeleteRefused = $"{formId} {formVersion}";
            await LoadAsync(ct);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        AuditTrail.Add(db, Study.StudyId, Study.Actor, "instrument.delete", new { instrument = formId, version = formVersion });
        await db.SaveChangesAsync(ct);
        return Redirect(StudyUrl("instruments?done=deleted"));
    }

    /// <summary>A test link for the study's own version, or for a shipped form when no version is given, in one of its languages.</summary>
    public async Task<IActionResult> OnPostTestLinkAsync(string? formId, string? formVersion, string? language, CancellationToken ct)
    {
        var (form, json) = await TestLinkList.FormAsync(db, Study.StudyId, formId, formVersion, ct);
        if (form is null || json is null)
        {
            return NotFound();
        }
        if (language is null || !form.Header.Languages.Contains(language, StringComparer.Ordinal))
        {
            return BadRequest();
        }
        var (link, token) = TestLinkStore.Create(db, Study.StudyId, form, json, language, DateTimeOffset.UtcNow);
        AuditTrail.Add(db, Study.StudyId, Study.Actor, "testlink.create", new
        {
            testLink = link.TestLinkId, instrument = link.InstrumentId, version = link.Version, contentHash = link.ContentHash, language,
            expiresAt = link.ExpiresAt,
        });
        await db.SaveChangesAsync(ct);
        NewTestLink = (link, IssuedLinks.BaseUrl(Request, survey) + "/s/test/" + token);
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Deletes one test link (<paramref name="testLinkId"/>) of this study, or every one (null), with their answers.</summary>
    public async Task<IActionResult> OnPostDeleteTestLinkAsync(Guid? testLinkId, CancellationToken ct)
    {
        var removed = await TestLinkStore.DeleteAsync(db, Study.StudyId, testLinkId ?? Guid.Empty, ct);
        if (removed.Count == 0)
        {
            return NotFound();
        }
        AuditTrail.Add(db, Study.StudyId, Study.Actor, "testlink.delete", new { testLink = removed[0] });
        await db.SaveChangesAsync(ct);
        return Redirect(StudyUrl("instruments?done=testLinkDeleted#test-links"));
    }

    public async Task<IActionResult> OnPostDeleteTestLinksAsync(CancellationToken ct)
    {
        var removed = await TestLinkStore.DeleteAsync(db, Study.StudyId, null, ct);
        AuditTrail.Add(db, Study.StudyId, Study.Actor, "testlink.deleteAll", new { testLinks = removed });
        await db.SaveChangesAsync(ct);
        return Redirect(StudyUrl("instruments?done=testLinksDeleted#test-links"));
    }

    private async Task<IActionResult> RefuseUploadAsync(IReadOnlyList<string> problems, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        UploadProblems = problems;
        await LoadAsync(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var rows = await db.OwnInstruments.AsNoTracking().Where(i => i.StudyId == Study.StudyId)
            .OrderBy(i => i.InstrumentId).ThenBy(i => i.CreatedAt).ToListAsync(ct);
        var own = new List<InstrumentRow>();
        foreach (var row in rows)
        {
            var instrument = InstrumentLoader.Load(row.Definition, row.InstrumentId).GetOrThrow();
            var use = await StudyInstrumentStore.UseAsync(db, Study.StudyId, row.InstrumentId, row.Version, ct);
            own.Add(new InstrumentRow(row.InstrumentId, row.Version, instrument.Header.Title.Get(Text.Code), instrument.Header.Languages, use,
                row.ContentHash, row.LicenceNote is not null, row.UpdatedAt));
        }
        Own = own;
        TestLinks = await TestLinkList.RowsAsync(db, Study.StudyId, DateTimeOffset.UtcNow, ct);
    }
}
