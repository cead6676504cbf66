using System.Globalization;
using Alliance.Data;
using Alliance.Data.Audit;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// <c>/studies/{id}/dyads/{code}</c>: one dyad's sessions with both roles' forms and scores, its alerts and one
/// trajectory chart per construct. 404 for a dyad the member may not see (another therapist's, another study's, none). Every view is
/// written to the audit log, since the page shows identifiable rating data.
/// </summary>
[StudyPage(StudyPolicies.Overview)]
internal sealed class DyadModel(AllianceDbContext db, TimeProvider time) : StudyPageModel
{
    public DyadDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (DyadPage.Build(await SnapshotAsync(code, ct), Study, now, Text) is not { } detail)
        {
            return NotFound();
        }
        Detail = detail;
        AuditTrail.Add(db, Study.StudyId, Study.Actor, "view", new { page = "dyad", dyad = detail.Overview.Code });
        await db.SaveChangesAsync(ct);
        return Page();
    }

    /// <summary>
    /// <c>?handler=chart&amp;n=N&amp;format=svg|png</c>: the page's N-th chart as a file (SVG, or PNG at 300 dpi), drawn
    /// like the page's (same wording, same blinding). Audited as a view of the dyad, since it shows its ratings.
    /// </summary>
    public async Task<IActionResult> OnGetChartAsync(string code, int n, string format, CancellationToken ct)
    {
        if (format is not ("svg" or "png"))
        {
            return NotFound();
        }
        var now = time.GetUtcNow();
        if (DyadPage.Build(await SnapshotAsync(code, ct), Study, now, Text) is not { } detail || n < 1 || n > detail.Charts.Count)
        {
            return NotFound();
        }
        var chart = detail.Charts[n - 1];
        AuditTrail.Add(db, Study.StudyId, Study.Actor, "view", new { page = "dyad", dyad = detail.Overview.Code, chart = n, format });
        await db.SaveChangesAsync(ct);
        return ChartFile.Of(chart.Figure, format, $"dyad-{detail.Overview.Code}-{chart.Construct.Construct}");
    }

    /// <summary>The study's forms and rupture SDs with this dyad's rows only (none when it is not visible).</summary>
    private async Task<DashboardSnapshot> SnapshotAsync(string code, CancellationToken ct) =>
        await (await DashboardSnapshot.StudyAsync(db, Study, ct)).WithDyadsAsync(db, Study, d => d.Where(x => x.Code == code), ct);

    /// <summary>The link to download the N-th chart in <paramref name="format"/>.</summary>
    public string ChartUrl(int n, string format) =>
        StudyUrl(string.Create(CultureInfo.InvariantCulture, $"dyads/{Uri.EscapeDataString(Detail.Overview.Code)}?handler=chart&n={n}&format={format}"));

    public string Score(double? value) => value is double v ? Text.Number(v) : Text["dashboard.notrated"];

    /// <summary>A form of a session: role, instrument, state and, when submitted and visible, its score with its range.</summary>
    public string Form(FormStatus form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var state = Text["dashboard.state." + form.State];
        return Text.Format("dashboard.form", Text["dashboard.role." + form.Role], form.Instrument,
            form.Score is double s ? Text.Format("dashboard.form.score", state, Text.Number(s), FormWording.Range(form.Range)) : state);
    }

    /// <summary>Rupture alerts and marks name their form when the rule follows more than one client form.</summary>
    public bool NameRuptureForm => Detail.RuptureForms.Count > 1;

    /// <summary>The session's rupture-rule marks, each naming its client form when there are several.</summary>
    public string Marks(SessionLine session)
    {
        ArgumentNullException.ThrowIfNull(session);
        string Mark(string kind, string form) => NameRuptureForm ? Text.Format("dashboard.mark.form", Text["dashboard.mark." + kind], form)
            : Text["dashboard.mark." + kind];
        return string.Join(", ", session.Ruptures.Select(f => Mark("rupture", f)).Concat(session.Repairs.Select(f => Mark("repair", f))));
    }
}
