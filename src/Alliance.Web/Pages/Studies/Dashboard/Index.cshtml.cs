using System.Globalization;
using Alliance.Data;
using Alliance.Data.Audit;
using Alliance.Instruments;
using Alliance.Plots;
using Alliance.Plots.Charts;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// <c>/studies/{id}</c>: the completion dashboard. Totals, one table per therapist and one per dyad with latest scores
/// on each form (by construct, each with its scale) and alerts; clinicians see their therapist's dyads, with client ratings hidden where their arm is blinded.
/// </summary>
[StudyPage(StudyPolicies.Overview)]
internal sealed class IndexModel(AllianceDbContext db, TimeProvider time) : StudyPageModel
{
    public StudyOverview Overview { get; private set; } = new(Completion.None, [], [], [], []);

    /// <summary>
    /// The therapist whose dyads the by-dyad table lists (<c>?therapist=T01</c>, from the filter form), or null for
    /// every dyad. Totals and the by-therapist table always cover the whole study.
    /// </summary>
    [BindProperty(SupportsGet = true, Name = "therapist")]
    public string? Therapist { get; set; }

    /// <summary>The by-dyad table's rows: every dyad the member may see, or those of <see cref="Therapist"/>.</summary>
    public IReadOnlyList<DyadOverview> ListedDyads =>
        Therapist is null ? Overview.Dyads : [.. Overview.Dyads.Where(d => d.Therapist == Therapist)];

    /// <summary>Completion per study week as inline SVG (Alliance.Plots' completion chart); empty when there are no forms.</summary>
    public string WeeksSvg { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var snapshot = await DashboardSnapshot.LoadAsync(db, Study, null, ct);
        Overview = StudyDashboard.Overview(snapshot, Study, time.GetUtcNow(), Text.Code);
        // The page shows each dyad's latest ratings: a view of rating data, like the dyad page.
        AuditTrail.Add(db, Study.StudyId, Study.Actor, "view", new { page = "dashboard", dyads = Overview.Dyads.Count });
        await db.SaveChangesAsync(ct);
        if (Overview.Weeks.Count > 0)
        {
            WeeksSvg = WeeksChart(Overview.Weeks).ToInlineSvg();
        }
    }

    /// <summary>
    /// <c>?handler=chart&amp;format=svg|png</c>: the completion chart as a file. Counts per week only, no dyad's
    /// ratings, so not audited (the page itself is, for its table of latest scores).
    /// </summary>
    public async Task<IActionResult> OnGetChartAsync(string format, CancellationToken ct)
    {
        if (format is not ("svg" or "png"))
        {
            return NotFound();
        }
        var snapshot = await DashboardSnapshot.LoadAsync(db, Study, null, ct);
        var weeks = StudyDashboard.Overview(snapshot, Study, time.GetUtcNow(), Text.Code).Weeks;
        return weeks.Count == 0 ? NotFound() : ChartFile.Of(WeeksChart(weeks), format, "completion-weeks");
    }

    /// <summary>The link to download the completion chart in <paramref name="format"/>.</summary>
    public string ChartUrl(string format) => StudyUrl() + "&handler=chart&format=" + format;

    private Figure WeeksChart(IReadOnlyList<WeeklyCompletion> weeks) => CompletionChart.Create(weeks, new ChartOptions
    {
        Id = "completion-weeks",
        Title = Text["dashboard.weeks"],
        Description = Text.Plural("dashboard.weeks.description", weeks.Count, weeks.Count),
        Width = FigureSize.DoubleColumn,
        Height = 200,
    });

    /// <summary>The link to a dyad's page (codes are escaped; they may contain any character the set-up allows).</summary>
    public string DyadUrl(string code) => StudyUrl("dyads/" + Uri.EscapeDataString(code));

    public string Rate(Completion completion) => Format(Text, completion);

    public string Latest(FormScore? score) => score is null ? Text["dashboard.none"]
        : Text.Format("dashboard.latest", Text.Number(score.Score), score.Session, score.Instrument);

    /// <summary>A latest-score column's header: the form's title and the range its scores are on.</summary>
    public string LatestHeader(DashboardForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return Text.Format("dashboard.latest.form", Text["dashboard.role." + form.Role.Name()], form.Title.Get(Text.Code),
            FormWording.Range(form.Range));
    }

    /// <summary>The client forms the rupture rule follows.</summary>
    public IEnumerable<DashboardForm> RuptureForms => Overview.Constructs.Select(c => c.Client).OfType<DashboardForm>();

    /// <summary>Rupture alerts name their form when the rule follows more than one client form.</summary>
    public bool NameRuptureForm => RuptureForms.Skip(1).Any();

    public static string Format(WorkspaceText text, Completion completion)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(completion);
        return completion.Rate is double r ? (r * 100).ToString("0", CultureInfo.InvariantCulture) + " %" : text["dashboard.rate.none"];
    }
}
