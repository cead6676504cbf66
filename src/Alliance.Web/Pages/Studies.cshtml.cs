using System.Security.Claims;
using Alliance.Data;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Web.Pages;

/// <summary><c>/studies</c>: the signed-in researcher's studies, their role in each and each study's completion (read-only).</summary>
[Authorize]
internal sealed class StudiesModel(AllianceDbContext db, TimeProvider time) : PageModel
{
    public WorkspaceText Text { get; private set; } = WorkspaceText.For("en");

    public IReadOnlyList<StudySummary> Studies { get; private set; } = [];

    public string Email { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Text = WorkspaceText.For(Request);
        Email = User.FindFirstValue(ClaimTypes.Name) ?? "";
        var accountId = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        Studies = await StudySummaries.ForAccountAsync(db, accountId, time.GetUtcNow(), ct);
    }
}
