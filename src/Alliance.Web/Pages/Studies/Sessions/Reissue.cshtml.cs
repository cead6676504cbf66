using Alliance.Data.Surveys;
using Alliance.Data;
using Alliance.Data.Audit;
using Alliance.Data.Lifecycle;
using Alliance.Data.Invitations;
using Alliance.Data.Model;
using Alliance.Instruments;
using Alliance.Web.Surveys;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Sessions;

/// <summary>
/// <c>/studies/{id}/sessions/invitations/{invitationId}/reissue</c>: replace a participant's link. The page says that
/// the old link stops working before the member confirms; the new link is shown once, like a newly issued one.
/// </summary>
[StudyPage(StudyPolicies.Sessions)]
internal sealed class ReissueModel(AllianceDbContext db, TimeProvider clock, SurveyOptions survey) : StudyPageModel
{
    public string Dyad { get; private set; } = "";

    public int Session { get; private set; }

    public string Role { get; private set; } = "";

    public string Instrument { get; private set; } = "";

    public string Status { get; private set; } = "";

    /// <summary>When the current link opens and expires (a new link keeps the window; see <see cref="InvitationIssuer.Reissue"/>).</summary>
    public DateTimeOffset? OpensAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public bool Possible { get; private set; }

    public IReadOnlyList<LinkRow>? Issued { get; private set; }

    /// <summary>This page's own address (the confirmation form posts here).</summary>
    public string ReissueUrl => StudyUrl($"sessions/invitations/{RouteData.Values["invitationId"]}/reissue");

    public async Task<IActionResult> OnGetAsync(Guid invitationId, CancellationToken ct) =>
        await FindAsync(invitationId, ct) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(Guid invitationId, CancellationToken ct)
    {
        var found = await FindAsync(invitationId, ct);
        if (found is null)
        {
            return NotFound();
        }
        if (!Possible)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        var (invitation, session) = found.Value;
        var study = await db.Studies.AsNoTracking().SingleAsync(s => s.StudyId == Study.StudyId, ct);
        await DyadEnding.RequireOngoingAsync(db, Study.StudyId, [session.DyadId], ct);
        var languages = await DyadLanguages.OfDyadAsync(db, Study.StudyId, session.DyadId, ct);
        var link = InvitationIssuer.Reissue(invitation, session, study, languages, IssuedLinks.BaseUrl(Request, survey), clock.GetUtcNow());
        AuditTrail.Add(db, Study.StudyId, Study.Actor, "links.reissue", new
        {
            invitation = invitation.InvitationId, dyad = Dyad, session = Session, role = Role,
        });
        await db.SaveChangesAsync(ct);
        Issued = await IssuedLinks.DescribeAsync(db, Study, [link], ct);
        return Page();
    }

    /// <summary>The invitation, tracked, when it is this study's and its dyad is visible to the member; else null.</summary>
    private async Task<(Invitation, TherapySession)?> FindAsync(Guid invitationId, CancellationToken ct)
    {
        var row = await (
            from i in db.Invitations
            where i.StudyId == Study.StudyId && i.InvitationId == invitationId
            join s in db.Sessions on new { i.StudyId, i.SessionId } equals new { s.StudyId, s.SessionId }
            join d in VisibleDyads.For(db, Study) on s.DyadId equals d.DyadId
            join v in db.InstrumentVersions on new { i.StudyId, i.InstrumentVersionId } equals new { v.StudyId, v.InstrumentVersionId }
            select new
            {
                Invitation = i, Session = s, Dyad = d.Code, v.InstrumentId,
                Withdrew = db.Withdrawals.Any(w => w.StudyId == i.StudyId && (w.InvitationId == i.InvitationId
                    || (i.Role == RaterRole.Client ? w.ClientId == d.ClientId : w.TherapistId == d.TherapistId))),
            }).SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }
        (Dyad, Session, Role, Instrument) = (row.Dyad, row.Session.Number, row.Invitation.Role.Name(), row.InstrumentId);
        (OpensAt, ExpiresAt) = (row.Invitation.OpensAt, row.Invitation.ExpiresAt);
        Status = InvitationState.Of(row.Invitation.Status, OpensAt, ExpiresAt, row.Withdrew, clock.GetUtcNow()).Name();
        Possible = row.Invitation.TokenHash is not null && InvitationState.MayReissue(row.Invitation.Status, row.Withdrew);
        return (row.Invitation, row.Session);
    }
}
