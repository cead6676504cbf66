using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Web.Workspace;

/// <summary>
/// Base of the pages under <c>/studies/{studyId}</c>: signed-in only, gated by <see cref="StudyGate"/>
/// (mark the page with <see cref="StudyPageAttribute"/>), with the study and the page language at hand.
/// </summary>
[Authorize]
public abstract class StudyPageModel : PageModel
{
    /// <summary>The study and the member's role, established by the gate before any handler runs.</summary>
    public StudyContext Study => HttpContext.Features.Get<StudyContext>()
        ?? throw new InvalidOperationException("the study page gate did not run; is the page under /studies/{studyId}?");

    /// <summary>The page's wording (<c>?lang=</c>, else Accept-Language, else English).</summary>
    public WorkspaceText Text => text ??= WorkspaceText.For(Request);

    private WorkspaceText? text;

    /// <summary>A link to another page of this study, keeping the page language: <c>StudyUrl("setup")</c>.</summary>
    public string StudyUrl(string path = "") =>
        $"/studies/{Study.Id}{(path.Length == 0 ? "" : "/" + path.TrimStart('/'))}{(path.Contains('?', StringComparison.Ordinal) ? "&" : "?")}lang={Text.Code}";
}
