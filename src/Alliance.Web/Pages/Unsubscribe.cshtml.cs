using Alliance.Data;
using Alliance.Data.Mail;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Web.Pages;

/// <summary>
/// <c>/u/{token}</c>: a participant's unsubscribe link from their mail (<see cref="OptOuts"/>). No sign-in: opening it
/// asks to confirm (so a mail scanner that follows links unsubscribes nobody), the button records the opt-out and drops
/// their unsent mail. An unknown token gets 404 and says nothing about any study.
/// </summary>
internal sealed class UnsubscribeModel(AllianceDbContext db, TimeProvider clock) : PageModel
{
    public WorkspaceText Text { get; private set; } = null!;

    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        Text = WorkspaceText.For(Request);
        var state = await OptOuts.StateAsync(db, token ?? "", ct);
        if (state is null)
        {
            return NotFound();
        }
        Done = state.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        Text = WorkspaceText.For(Request);
        if (!await OptOuts.OptOutAsync(db, token ?? "", clock.GetUtcNow(), ct))
        {
            return NotFound();
        }
        Done = true;
        return Page();
    }
}
