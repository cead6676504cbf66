using Alliance.Data;
using Alliance.Data.Access;
using Alliance.Data.Accounts;
using Alliance.Data.Model;
using Alliance.Web.Accounts;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Web.Pages.Studies.Access;

/// <summary>
/// <c>/studies/{id}/members</c> (owners): the study's members with their roles, inviting someone by e-mail (an
/// existing account is added and told by mail; anyone else gets a link to set a password and join, see
/// <see cref="AccountInvitations"/>), withdrawing a pending invitation, changing a role, linking a clinician to a
/// therapist, removing a member, and requiring two-factor sign-in of the members. The study always keeps an owner.
/// Inviting answers the same whether or not the address has an account. Removing a member ends their access at their
/// next request, on every instance: <see cref="StudyGate"/> reads the membership on each request.
/// </summary>
[StudyPage(StudyPolicies.Members)]
internal sealed class MembersModel(AllianceDbContext db, AccountMail mail, TimeProvider time) : StudyPageModel
{
    public IReadOnlyList<MemberRow> Members { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<Guid, string>> Therapists { get; private set; } = [];

    public IReadOnlyList<AccountInvitations.Pending> Invitations { get; private set; } = [];

    /// <summary>Whether members must sign in with a second factor.</summary>
    public bool TwoFactorRequired { get; private set; }

    public DateTimeOffset Now { get; private set; }

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
            // Added or invited: one answer, so the page never tells whether an address has an account.
            // "Already a member" only repeats what the member list shows.
            var outcome = await Roster.AddAsync(email, role, ct);
            if (outcome == MemberChange.AlreadyMember)
            {
                ModelState.AddModelError("email", Text.Format("access.members.error.already", email.ToLowerInvariant()));
                return await InvalidAsync(ct);
            }
            if (outcome == MemberChange.Done)
            {
                await mail.SendAddedAsync(Request, email.ToLowerInvariant(), Study.StudyName, role, Text, ct);
            }
            else
            {
                var invitations = new AccountInvitations(db, Study.StudyId, Study.Actor);
                var token = await invitations.InviteAsync(email, role, Study.AccountId, time.GetUtcNow(), ct);
                await mail.SendInvitationAsync(Request, email.ToLowerInvariant(), token, Study.StudyName, role, Text, ct);
            }
            Notice = Text.Format("access.members.done.added", email.ToLowerInvariant(), Text.RoleName(role));
            return Redirect(StudyUrl("members"));
        }
        return await InvalidAsync(ct);
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid invitation, CancellationToken ct)
    {
        var pending = (await new AccountInvitations(db, Study.StudyId, Study.Actor).PendingAsync(ct)).FirstOrDefault(i => i.InvitationId == invitation);
        if (pending is null || !await new AccountInvitations(db, Study.StudyId, Study.Actor).RevokeAsync(invitation, ct))
        {
            return NotFound();
        }
        Notice = Text.Format("access.members.done.revoked", pending.Email);
        return Redirect(StudyUrl("members"));
    }

    public async Task<IActionResult> OnPostTwoFactorAsync(bool required, CancellationToken ct)
    {
        // An owner without a second factor would lock themselves out of the study at once: they enrol first.
        if (required && !await new TwoFactorAccounts(db).IsEnabledAsync(Study.AccountId, ct))
        {
            ModelState.AddModelError("two-factor", Text["access.members.two-factor.own-first"]);
            return await InvalidAsync(ct);
        }
        await TwoFactorRule.SetAsync(db, Study.StudyId, Study.Actor, required, ct);
        Notice = Text[required ? "access.members.two-factor.done.on" : "access.members.two-factor.done.off"];
        return Redirect(StudyUrl("members"));
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
        Invitations = await new AccountInvitations(db, Study.StudyId, Study.Actor).PendingAsync(ct);
        TwoFactorRequired = await TwoFactorRule.IsRequiredAsync(db, Study.StudyId, ct);
        Now = time.GetUtcNow();
    }
}
