using System.Globalization;
using Alliance.Data;
using Alliance.Data.Audit;
using Alliance.Data.Dashboard;
using Alliance.Data.Paging;
using Alliance.Instruments;
using Alliance.Plots;
using Alliance.Plots.Charts;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// <c>/studies/{id}</c>: the completion dashboard. Totals, one table per therapist and a page of the by-dyad table with
/// latest scores on each form (by construct, each with its scale) and alerts; clinicians see their therapist's dyads,
/// with client ratings hidden where their arm is blinded. Every figure is counted in SQL (Alliance.Data's
/// <see cref="DashboardDyads"/> and <see cref="StudyCompletion"/>); scores are read for the page's dyads only.
/// </summary>
[StudyPage(StudyPolicies.Overview)]
internal sealed class IndexModel(AllianceDbContext db, TimeProvider time) : StudyPageModel
{
    public StudyOverview Overview { get; private set; } = new(Completion.None, [], [], [], []);

    /// <summary>The page of the by-dyad table shown, with the number of dyads the filter lets through.</summary>
    public Page<DyadCounts> Listed { get; private set; } = new([], new PageRequest(1), 0);

    /// <summary>
    /// The page of the by-therapist table shown (<c>?therapists=N</c>, 50 therapists a page, by code): a study of 500
    /// therapists otherwise wrote a 173 KB table on every view. The study's totals still count every therapist.
    /// </summary>
    public Page<TherapistOverview> TherapistRows { get; private set; } = new([], new PageRequest(1), 0);

    /// <summary>The query parameter that pages the by-therapist table.</summary>
    public const string TherapistPageParameter = "therapists";

    /// <summary>The by-dyad table's filter (<c>?therapist=T01&amp;arm=feedback&amp;alert=true&amp;overdue=true</c>), from the filter form.</summary>
    [BindProperty(SupportsGet = true, Name = "therapist")]
    public string? Therapist { get; set; }

    [BindProperty(SupportsGet = true, Name = "arm")]
    public string? Arm { get; set; }

    [BindProperty(SupportsGet = true, Name = "alert")]
    public bool Alert { get; set; }

    [BindProperty(SupportsGet = true, Name = "overdue")]
    public bool Overdue { get; set; }

    /// <summary>The by-dyad table's order (<c>?sort=dyad|therapist|rate|overdue</c>); anything else is by dyad.</summary>
    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    /// <summary>The order asked for; <see cref="DyadSort.Dyad"/> when none or unknown.</summary>
    public DyadSort Order => Enum.TryParse<DyadSort>(Sort, true, out var s) && Enum.IsDefined(s) && !int.TryParse(Sort, out _) ? s : DyadSort.Dyad;

    /// <summary>Whether any filter narrows the by-dyad table.</summary>
    public bool Filtered => Therapist is not null || Arm is not null || Alert || Overdue;

    /// <summary>The study's arms (the arm filter's choices).</summary>
    public IReadOnlyList<string> Arms { get; private set; } = [];

    /// <summary>Completion per study week as inline SVG (Alliance.Plots' completion chart); empty when there are no forms.</summary>
    public string WeeksSvg { get; private set; } = "";

    /// <param name="page">The page of the by-dyad table (<c>?page=N</c>, 1-based, <see cref="PageRequest.DefaultSize"/> dyads a page).</param>
    /// <param name="ct">Cancels the request.</param>
    /// <param name="therapistPage">The page of the by-therapist table (<c>?therapists=N</c>).</param>
    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, [FromQuery(Name = TherapistPageParameter)] int? therapistPage,
        CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var scope = Scope(now);
        var study = await DashboardSnapshot.StudyAsync(db, Study, ct);
        var completion = await StudyCompletion.ReadAsync(db, scope, ct);
        Listed = await DashboardDyads.PageAsync(db, scope, new DyadFilter(Therapist, Arm, Overdue, Alert), Order, AlertRules(study),
            PageRequest.From(page), ct);
        var snapshot = await study.WithDyadsAsync(db, Study,
            [.. Listed.Rows.Select(p => new VisibleDyad(p.DyadId, p.Code, p.Therapist, p.Client, p.Arm))], ct);
        Overview = StudyDashboard.Overview(snapshot, completion, Listed, Study, now, Text.Code);
        var therapists = PageRequest.From(therapistPage).Within(Overview.Therapists.Count);
        TherapistRows = new Page<TherapistOverview>([.. Overview.Therapists.Skip(therapists.Offset).Take(therapists.Size)], therapists,
            Overview.Therapists.Count);
        Arms = [.. study.Arms.Select(a => a.Code).Order(StringComparer.Ordinal)];
        // The page shows each listed dyad's latest ratings: a view of rating data, like the dyad page.
        AuditTrail.Add(db, Study.StudyId, Study.Actor, "view", new { page = "dashboard", dyads = Overview.Dyads.Count });
        await db.SaveChangesAsync(ct);
        if (Overview.Weeks.Count > 0)
        {
            WeeksSvg = WeeksChart(Overview.Weeks).ToInlineSvg();
        }
    }

    /// <summary>
    /// <c>?handler=chart&amp;format=svg|png</c>: the completion chart as a file, from the same SQL aggregate as the page.
    /// Counts per week only, no dyad's ratings, so not audited (the page itself is, for its table of latest scores).
    /// </summary>
    public async Task<IActionResult> OnGetChartAsync(string format, CancellationToken ct)
    {
        if (format is not ("svg" or "png"))
        {
            return NotFound();
        }
        var completion = await StudyCompletion.ReadAsync(db, Scope(time.GetUtcNow()), ct);
        List<WeeklyCompletion> weeks = [.. completion.Weeks.Select(w => new WeeklyCompletion(w.Week, w.Submitted, w.Due))];
        return weeks.Count == 0 ? NotFound() : ChartFile.Of(WeeksChart(weeks), format, "completion-weeks");
    }

    /// <summary>The dyads this member may see, counted at <paramref name="now"/> by <see cref="CompletionRules"/>' definition.</summary>
    private DashboardScope Scope(DateTimeOffset now) => new(Study.StudyId, Study.IsClinician, Study.TherapistId, now,
        DateOnly.FromDateTime(now.UtcDateTime).AddDays(-CompletionRules.OverdueAfterDays));

    /// <summary>What the alert filter needs: the forms' scores and cutoffs, the rupture rule and SDs, the arms whose alerts are hidden.</summary>
    private AlertRules AlertRules(DashboardSnapshot study) => new(study.Forms.ClientVersions, study.Forms.CutoffRules, FormSeries.Rule.K,
        FormSeries.Rule.Span, study.RuptureSds,
        [.. study.Arms.Where(a => !VisibleDyads.ClientRatingsVisible(Study, a.Code, study.Arms)).Select(a => a.Code)]);

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
