using System.Globalization;
using Alliance.Data;
using Alliance.Data.Export;
using Alliance.Web.Hosting;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Web.Pages.Studies.Access;

/// <summary>
/// <c>/studies/{id}/exports</c> (owners, researchers, analysts): CSV, bundle (zip) and FHIR downloads through the same
/// <see cref="StudyExport"/>, <see cref="ExportBundle"/> and <see cref="FhirResponseExport"/> as the API (audited with the account as actor), and the
/// member's own API tokens.
/// </summary>
[StudyPage(StudyPolicies.Exports)]
public sealed class ExportsModel(AllianceDbContext db, DatabaseEndpoint database) : StudyPageModel
{
    public IReadOnlyList<TokenRow> Tokens { get; private set; } = [];

    public string Format { get; private set; } = "long";

    public string NewTokenName { get; private set; } = "";

    /// <summary>The token just created: shown in this one response and nowhere else.</summary>
    public string? CreatedToken { get; private set; }

    public string? CreatedTokenName { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    /// <summary>The export API's address for this study on the server the page was loaded from.</summary>
    public string ApiUrl(string format) =>
        string.Create(CultureInfo.InvariantCulture, $"{Request.Scheme}://{Request.Host}/api/v1/studies/{Study.StudyId}/export?format={format}");

    private PersonalTokens MyTokens => tokens ??= new PersonalTokens(db, Study);

    private PersonalTokens? tokens;

    public async Task OnGetAsync(CancellationToken ct) => Tokens = await MyTokens.ListAsync(ct);

    [AllowedWhenArchived]
    public async Task<IActionResult> OnPostDownloadAsync(DownloadInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return await InvalidAsync(ct);
        }
        Format = input.Format;
        var options = new ExportOptions(input.Layout!.Value, Study.Actor, input.Bom, input.Labels);
        if (input.Zip)
        {
            return new StreamDownload(ExportBundle.FileName(Study.StudyId, options.Format), ExportBundle.ContentType,
                (stream, token) => ExportBundle.WriteAsync(database.Connections, Study.StudyId, options, stream, token));
        }
        var name = string.Create(CultureInfo.InvariantCulture, $"study-{Study.StudyId}-{input.Format}.csv");
        return new CsvDownload(name, (writer, token) => StudyExport.WriteAsync(database.Connections, Study.StudyId, options, writer, token));
    }

    /// <summary>The study's responses as a FHIR R4 Bundle of QuestionnaireResponse resources, as the API's <c>format=fhir</c>.</summary>
    [AllowedWhenArchived]
    public IActionResult OnPostFhir() =>
        new StreamDownload(FhirResponseExport.FileName(Study.StudyId), FhirResponseExport.ContentType,
            (stream, token) => FhirResponseExport.WriteAsync(database.Connections, Study.StudyId, Study.Actor, stream, token));

    [AllowedWhenArchived]
    public async Task<IActionResult> OnPostCreateTokenAsync(TokenInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        NewTokenName = input.Name;
        if (!ModelState.IsValid)
        {
            return await InvalidAsync(ct);
        }
        CreatedToken = await MyTokens.CreateAsync(NewTokenName, ct);
        CreatedTokenName = NewTokenName;
        NewTokenName = "";
        // Not post-redirect-get: the token's text exists only in this response, so it must not sit in a redirect
        // target, TempData cookie or cache. Reloading asks before posting again (and would make a second token).
        Tokens = await MyTokens.ListAsync(ct);
        return Page();
    }

    [AllowedWhenArchived]
    public async Task<IActionResult> OnPostRevokeTokenAsync(Guid token, CancellationToken ct)
    {
        var name = await MyTokens.RevokeAsync(token, ct);
        if (name is null)
        {
            return NotFound();
        }
        Notice = Text.Format("access.tokens.done.revoked", name);
        return Redirect(StudyUrl("exports"));
    }

    private async Task<IActionResult> InvalidAsync(CancellationToken ct)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Tokens = await MyTokens.ListAsync(ct);
        return Page();
    }
}
