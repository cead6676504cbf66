using System.Security.Claims;
using Alliance.Data;
using Alliance.Data.Audit;
using Alliance.Data.Listing;
using Alliance.Data.Model;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Web.Pages;

/// <summary>
/// <c>/studies</c>: the signed-in researcher's studies, their role in each and each study's completion; and a form to
/// create a study, which any signed-in account may use and of which it becomes the owner.
/// </summary>
[Authorize]
internal sealed class StudiesModel(AllianceDbContext db, TimeProvider time) : PageModel
{
    public WorkspaceText Text { get; private set; } = null!;

    public IReadOnlyList<StudyCounts> Studies { get; private set; } = [];

    public string Email { get; private set; } = "";

    /// <summary>The create-a-study form as submitted (kept on a re-render).</summary>
    [BindProperty]
    public NewStudyInput NewStudy { get; set; } = new();

    private Guid AccountId => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Text = WorkspaceText.For(Request);
        Email = User.FindFirstValue(ClaimTypes.Name) ?? "";
        Studies = await StudyProgress.ForAccountAsync(db, AccountId, time.GetUtcNow(), ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var trimmed = NewStudy.Name;
        if (!ModelState.IsValid)
        {
            await OnGetAsync(ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var now = time.GetUtcNow();
        var study = new Study { Name = trimmed, CreatedAt = now };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Studies.Add(study);
        await db.SaveChangesAsync(ct);
        db.StudyMembers.Add(new StudyMember { StudyId = study.StudyId, AccountId = AccountId, Role = StudyRoles.Owner, AddedAt = now });
        var email = User.FindFirstValue(ClaimTypes.Name) ?? "";
        AuditTrail.Add(db, study.StudyId, $"account:{AccountId:D} {email}", "study.create", new { name = trimmed });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Redirect(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"/studies/{study.StudyId}/setup?lang={WorkspaceText.For(Request).Code}"));
    }
}
