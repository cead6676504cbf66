using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Web.Pages;

/// <summary>
/// The start page, <c>/</c>: what Alliance is, where participants and researchers go, where the documentation is; in
/// the workspace's language.
/// </summary>
internal sealed class StartModel : PageModel
{
    public WorkspaceText Text { get; private set; } = null!;

    public void OnGet() => Text = WorkspaceText.For(Request);
}
