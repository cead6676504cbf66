using Alliance.Data;
using Alliance.Data.Accounts;
using Alliance.Data.Model;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Accounts;

/// <summary>
/// <c>/join/{token}</c>: an account invitation's link (<see cref="AccountInvitations"/>). Choosing a password creates
/// the account and its membership in the invited role and signs the new member in; a study that requires two-factor
/// sign-in then sends them to enrol. An unknown, expired or used link gets a page that says which (404 or 410).
/// </summary>
internal sealed class JoinModel(AllianceDbContext db, ResearcherSessions sessions, TimeProvider time) : PageModel
{
    public WorkspaceText Text { get; private set; } = null!;

    public EmailLinkState State { get; private set; }

    public AccountInvitation? Invitation { get; private set; }

    public string StudyName { get; private set; } = "";

    public string Token { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        await LoadAsync(token, ct);
        return Answer();
    }

    public async Task<IActionResult> OnPostAsync(string token, NewPasswordInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        await LoadAsync(token, ct);
        if (State != EmailLinkState.Valid)
        {
            return Answer();
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var (state, account, studyId, created) = await AccountInvitations.AcceptAsync(db, token, PasswordHashing.Hash(input.Password), time.GetUtcNow(), ct);
        State = state;
        if (state != EmailLinkState.Valid || account is null)
        {
            return Answer();
        }
        if (!created)
        {
            return Redirect("/login?lang=" + Text.Code);
        }
        await sessions.SignInAsync(HttpContext, account.AccountId, account.Email, ct);
        return Redirect($"/studies/{studyId}?lang={Text.Code}");
    }

    private async Task LoadAsync(string token, CancellationToken ct)
    {
        Text = WorkspaceText.For(Request);
        Token = token;
        (State, Invitation) = await AccountInvitations.FindAsync(db, token, time.GetUtcNow(), ct);
        if (Invitation is not null)
        {
            StudyName = await db.Studies.Where(s => s.StudyId == Invitation.StudyId).Select(s => s.Name).SingleAsync(ct);
        }
    }

    private PageResult Answer()
    {
        Response.StatusCode = EmailLinkStatus.Of(State);
        return Page();
    }
}
