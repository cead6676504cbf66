using System.Globalization;
using Alliance.Data;
using Alliance.Data.Audit;
using Alliance.Web.Surveys;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Web.Pages.Studies.Sessions;

/// <summary>
/// <c>/studies/{id}/sessions/links</c>: the CSV and the printable QR sheet of a batch of links just issued. The links
/// page posts the batch back (invitation id + token pairs); <see cref="IssuedLinks.VerifyAsync"/> refuses the
/// whole batch unless every pair checks out, so this page can print no link its caller did not already hold.
/// </summary>
[StudyPage(StudyPolicies.Sessions)]
internal sealed class LinksModel(AllianceDbContext db, SurveyOptions survey) : StudyPageModel
{
    public IReadOnlyList<LinkRow> Links { get; private set; } = [];

    public bool Refused { get; private set; }

    /// <summary>Nothing to show without a posted batch: back to the sessions page.</summary>
    public IActionResult OnGet() => Redirect(StudyUrl("sessions"));

    public async Task<IActionResult> OnPostCsvAsync(string[] id, string[] token, CancellationToken ct)
    {
        var rows = await IssuedLinks.VerifyAsync(db, Study, id, token, IssuedLinks.BaseUrl(Request, survey), ct);
        if (rows is null)
        {
            return Refuse();
        }
        await AuditAsync("links.csv", rows, ct);
        return File(LinksCsv.Links(rows), "text/csv; charset=utf-8",
            string.Create(CultureInfo.InvariantCulture, $"study-{Study.StudyId}-links.csv"));
    }

    public async Task<IActionResult> OnPostQrAsync(string[] id, string[] token, CancellationToken ct)
    {
        var rows = await IssuedLinks.VerifyAsync(db, Study, id, token, IssuedLinks.BaseUrl(Request, survey), ct);
        if (rows is null)
        {
            return Refuse();
        }
        await AuditAsync("links.qr-sheet", rows, ct);
        Links = rows;
        return Page();
    }

    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Refuse()
    {
        Refused = true;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Who took which links out, by invitation (never the tokens).</summary>
    private async Task AuditAsync(string action, List<LinkRow> rows, CancellationToken ct)
    {
        AuditTrail.Add(db, Study.StudyId, Study.Actor, action, new
        {
            count = rows.Count,
            invitations = rows.Select(r => r.InvitationId).ToArray(),
        });
        await db.SaveChangesAsync(ct);
    }
}
