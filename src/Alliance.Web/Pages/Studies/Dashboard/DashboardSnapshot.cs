using Alliance.Data;
using Alliance.Data.Model;
using Alliance.Data.Responses;
using Alliance.Instruments;
using Alliance.Web.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// Everything the dashboard pages read, loaded in a fixed number of queries whatever the study's size (no query per
/// dyad): the visible dyads, the arms, the frozen forms, the roles and versions the study has issued links for, the
/// visible dyads' invitations with their scores, and every client response's scores of the whole study (the rupture
/// rule runs per client form over all of the study's clients, so every member sees the same ruptures).
/// </summary>
internal sealed record DashboardSnapshot(
    IReadOnlyList<VisibleDyad> Dyads,
    IReadOnlyList<StudyArm> Arms,
    DashboardForms Forms,
    IReadOnlyList<FormRow> Rows,
    IReadOnlyList<(Guid DyadId, int Session, ResponseScores Scores, Guid VersionId)> StudyClientScores)
{
    /// <summary>Loads the study's snapshot; with <paramref name="dyadCode"/> only that dyad (none when it is not visible).</summary>
    public static async Task<DashboardSnapshot> LoadAsync(AllianceDbContext db, StudyContext study, string? dyadCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(study);
        var studyId = study.StudyId;
        var visible = VisibleDyads.For(db, study);
        if (dyadCode is not null)
        {
            visible = visible.Where(d => d.Code == dyadCode);
        }
        var dyads = await (
            from d in visible
            join t in db.Therapists on new { d.StudyId, d.TherapistId } equals new { t.StudyId, t.TherapistId }
            join c in db.Clients on new { d.StudyId, d.ClientId } equals new { c.StudyId, c.ClientId }
            orderby d.Code
            select new VisibleDyad(d.DyadId, d.Code, t.Code, c.Code, d.Arm)).AsNoTracking().ToListAsync(ct);
        var arms = await db.StudyArms.Where(a => a.StudyId == studyId).AsNoTracking().ToListAsync(ct);
        var versions = await db.InstrumentVersions.Where(v => v.StudyId == studyId)
            .Select(v => new { v.InstrumentVersionId, v.InstrumentId, v.Definition, v.FrozenAt }).AsNoTracking().ToListAsync(ct);
        var issued = await db.Invitations.Where(i => i.StudyId == studyId)
            .Select(i => new { i.Role, i.InstrumentVersionId }).Distinct().AsNoTracking().ToListAsync(ct);
        var forms = new DashboardForms(versions.Select(v => (v.InstrumentVersionId, v.InstrumentId, v.Definition, v.FrozenAt)),
            issued.Select(i => (i.Role, i.InstrumentVersionId)));

        var rows = await (
            from d in visible
            join s in db.Sessions on new { d.StudyId, d.DyadId } equals new { s.StudyId, s.DyadId }
            join i in db.Invitations on new { s.StudyId, s.SessionId } equals new { i.StudyId, i.SessionId }
            join r in db.Responses on new { i.StudyId, i.InvitationId } equals new { r.StudyId, r.InvitationId } into responses
            from r in responses.DefaultIfEmpty()
            select new FormRow(d.DyadId, s.Number, s.HeldOn, i.Role, i.Status, i.OpensAt, i.ExpiresAt, i.CreatedAt, i.InstrumentVersionId,
                ResponseScores.Parse(r == null ? null : r.Scores))).AsNoTracking().ToListAsync(ct);

        var clientScores = await (
            from i in db.Invitations
            where i.StudyId == studyId && i.Role == RaterRole.Client
            join r in db.Responses on new { i.StudyId, i.InvitationId } equals new { r.StudyId, r.InvitationId }
            join s in db.Sessions on new { i.StudyId, i.SessionId } equals new { s.StudyId, s.SessionId }
            select new { s.DyadId, s.Number, r.Scores, i.InstrumentVersionId }).AsNoTracking().ToListAsync(ct);
        return new DashboardSnapshot(dyads, arms, forms, rows,
            [.. clientScores.Select(c => (c.DyadId, c.Number, ResponseScores.Parse(c.Scores), c.InstrumentVersionId))]);
    }
}
