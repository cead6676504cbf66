using Alliance.Data;
using Alliance.Data.Dashboard;
using Alliance.Data.Model;
using Alliance.Data.Responses;
using Alliance.Instruments;
using Alliance.Web.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// What the dashboard pages read about some of the visible dyads — a page of the dashboard's table, or the one dyad of
/// the dyad page — in a fixed number of queries whatever the study's size: those dyads, the arms, the frozen forms,
/// the roles and versions the study has issued links for, those dyads' invitations with their scores, and per client
/// form the rupture rule's study-wide SD, aggregated in SQL (<see cref="RuptureSpread"/>: the rule runs per client
/// form over all of the study's clients, so every member sees the same ruptures, without loading every score).
/// </summary>
internal sealed record DashboardSnapshot(
    IReadOnlyList<VisibleDyad> Dyads,
    IReadOnlyList<StudyArm> Arms,
    DashboardForms Forms,
    IReadOnlyList<FormRow> Rows,
    IReadOnlyDictionary<string, double> RuptureSds)
{
    /// <summary>The study's arms, forms and rupture SDs, and nothing of any dyad.</summary>
    public static async Task<DashboardSnapshot> StudyAsync(AllianceDbContext db, StudyContext study, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(study);
        var studyId = study.StudyId;
        var arms = await db.StudyArms.Where(a => a.StudyId == studyId).AsNoTracking().ToListAsync(ct);
        var versions = await db.InstrumentVersions.Where(v => v.StudyId == studyId)
            .Select(v => new { v.InstrumentVersionId, v.InstrumentId, v.Definition, v.FrozenAt }).AsNoTracking().ToListAsync(ct);
        var issued = await IssuedForms.ReadAsync(db, studyId, ct);
        var forms = new DashboardForms(versions.Select(v => (v.InstrumentVersionId, v.InstrumentId, v.Definition, v.FrozenAt)), issued);
        var spreads = await RuptureSpread.ReadAsync(db, studyId, forms.ClientVersions, ct);
        return new DashboardSnapshot([], arms, forms, [], spreads.ToDictionary(s => s.Form, FormSeries.Sd, StringComparer.Ordinal));
    }

    /// <summary>The study's snapshot with the visible dyads <paramref name="which"/> selects and their invitations.</summary>
    public async Task<DashboardSnapshot> WithDyadsAsync(AllianceDbContext db, StudyContext study, Func<IQueryable<Dyad>, IQueryable<Dyad>> which,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(which);
        var visible = which(VisibleDyads.For(db, study));
        var dyads = await (
            from d in visible
            join t in db.Therapists on new { d.StudyId, d.TherapistId } equals new { t.StudyId, t.TherapistId }
            join c in db.Clients on new { d.StudyId, d.ClientId } equals new { c.StudyId, c.ClientId }
            orderby d.Code
            select new VisibleDyad(d.DyadId, d.Code, t.Code, c.Code, d.Arm)).AsNoTracking().ToListAsync(ct);
        return this with { Dyads = dyads, Rows = await RowsAsync(db, visible, ct) };
    }

    /// <summary>
    /// The study's snapshot with <paramref name="dyads"/>, already read with their codes and checked visible by the
    /// dashboard's page query, and their invitations (visibility checked again by the invitations' query).
    /// </summary>
    public async Task<DashboardSnapshot> WithDyadsAsync(AllianceDbContext db, StudyContext study, IReadOnlyList<VisibleDyad> dyads,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(dyads);
        var ids = dyads.Select(d => d.DyadId).ToList();
        return this with { Dyads = dyads, Rows = await RowsAsync(db, VisibleDyads.For(db, study).Where(d => ids.Contains(d.DyadId)), ct) };
    }

    /// <summary>The invitations of <paramref name="visible"/> with their sessions and stored scores.</summary>
    private static async Task<List<FormRow>> RowsAsync(AllianceDbContext db, IQueryable<Dyad> visible, CancellationToken ct) =>
        await (
            from d in visible
            join s in db.Sessions on new { d.StudyId, d.DyadId } equals new { s.StudyId, s.DyadId }
            join i in db.Invitations on new { s.StudyId, s.SessionId } equals new { i.StudyId, i.SessionId }
            join r in db.Responses on new { i.StudyId, i.InvitationId } equals new { r.StudyId, r.InvitationId } into responses
            from r in responses.DefaultIfEmpty()
            select new FormRow(d.DyadId, s.Number, s.HeldOn, i.Role, i.Status, i.OpensAt, i.ExpiresAt, i.CreatedAt, i.InstrumentVersionId,
                ResponseScores.Parse(r == null ? null : r.Scores))).AsNoTracking().ToListAsync(ct);
}
