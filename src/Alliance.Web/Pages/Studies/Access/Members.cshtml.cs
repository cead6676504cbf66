using Alliance.Data;
using Alliance.Data.Access;
using Alliance.Data.Model;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Web.Pages.Studies.Access;

/// <summary>
/// <c>/studies/{id}/members</c> (owners): the study's members with their roles, adding an existing account, changing a
/// role, linking a clinician to a therapist, removing a member. The study always keeps an owner. Adding answers the
/// same whether or not the address has an account. Removing a member ends their access at their next request, on
/// every instance: <see cref="StudyGate"/> reads the membership on each request.
/// </summary>
[StudyPage(StudyPolicies.Members)]
public sealed class MembersModel(AllianceDbContext db) : StudyPageModel
{
    public IReadOnlyList<MemberRow> Members { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<Guid, string>> Therapists { get; private set; } = [];

    /// <summary>The add-a-member form as last submitted (kept on a re-render).</summary>
    public NewMemberInput NewMember { get; private set; } = new() { Role = StudyRoles.Researcher };

    [TempData]
    public string? Notice { get; set; }

    private MemberRoster Roster => roster ??= new MemberRoster(db, Study.StudyId, Study.Actor);

    private MemberRoster? roster;

    public static string FieldId(string kind, Guid account) => $"{kind}-{account:N}";

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(NewMemberInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        NewMember = input;
        var (email, role) = (input.Email, input.Role);
        if (ModelState.IsValid)
        {
            // Added or no such account: one answer, so the page never tells whether an address has an account.
            // "Already a member" only repeats what the member list shows.
            if (await Roster.AddAsync(email, role, ct) == MemberChange.AlreadyMember)
            {
                ModelState.AddModelError("email", Text.Format("access.members.error.already", email.ToLowerInvariant()));
                return await InvalidAsync(ct);
            }
            Notice = Text.Format("access.members.done.added", email.ToLowerInvariant(), Text.RoleName(role));
            return Redirect(StudyUrl("members"));
        }
        return await InvalidAsync(ct);
    }

    public async Task<IActionResult> OnPostRoleAsync(MemberRoleInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (account, role, field) = (input.Account, input.Role, FieldId("role", input.Account));
        if (!ModelState.IsValid)
        {
            return await InvalidAsync(ct);
        }
        var outcome = await Roster.ChangeRoleAsync(account, role, ct);
        if (outcome == MemberChange.NotFound)
        {
            return NotFound();
        }
        var email = await Roster.EmailAsync(account, ct);
        if (outcome == MemberChange.LastOwner)
        {
            ModelState.AddModelError(field, Text.Format("access.members.error.last-owner", email));
            return await InvalidAsync(ct);
        }
        Notice = Text.Format("access.members.done.role", email, Text.RoleName(role));
        return Done(account == Study.AccountId && role != StudyRoles.Owner);
    }

    public async Task<IActionResult> OnPostLinkAsync(TherapistLinkInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return await InvalidAsync(ct);
        }
        var (account, therapistId) = (input.Account, input.Therapist);
        var outcome = await Roster.LinkAsync(account, therapistId, ct);
        if (outcome == MemberChange.NotFound)
        {
            return NotFound();
        }
        if (outcome != MemberChange.Done)
        {
            ModelState.AddModelError(FieldId("therapist", account), Text[outcome == MemberChange.NotClinician
                ? "access.members.error.not-clinician" : "access.members.error.therapist"]);
            return await InvalidAsync(ct);
        }
        var email = await Roster.EmailAsync(account, ct);
        var code = (await Roster.TherapistsAsync(ct)).FirstOrDefault(t => t.Key == therapistId).Value;
        Notice = therapistId is null
            ? Text.Format("access.members.done.unlinked", email)
            : Text.Format("access.members.done.linked", email, code);
        return Done(leftMembersPage: false);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid account, CancellationToken ct)
    {
        var email = await Roster.EmailAsync(account, ct);
        var outcome = await Roster.RemoveAsync(account, ct);
        if (outcome == MemberChange.NotFound)
        {
            return NotFound();
        }
        if (outcome == MemberChange.LastOwner)
        {
            ModelState.AddModelError(FieldId("remove", account), Text.Format("access.members.error.last-owner", email));
            return await InvalidAsync(ct);
        }
        Notice = Text.Format("access.members.done.removed", email);
        return Done(account == Study.AccountId);
    }

    /// <summary>Back to this page, or to the studies list when the owner gave up their own access to it.</summary>
    private RedirectResult Done(bool leftMembersPage)
    {
        if (leftMembersPage)
        {
            Notice = null;
            return Redirect("/studies?lang=" + Text.Code);
        }
        return Redirect(StudyUrl("members"));
    }

    private async Task<IActionResult> InvalidAsync(CancellationToken ct)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Members = await Roster.ListAsync(ct);
        Therapists = await Roster.TherapistsAsync(ct);
    }
}
