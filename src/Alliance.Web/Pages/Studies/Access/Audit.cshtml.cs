using System.Globalization;
using Alliance.Data;
using Alliance.Data.Audit;
using Alliance.Data.Model;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Access;

/// <summary>
/// <c>/studies/{id}/audit</c> (owners): the study's audit log, newest first, <see cref="PageSize"/> entries a page,
/// filtered by action (<c>?action=</c>, <c>?page=</c>: read from the query explicitly, as <c>page</c> is also the
/// Razor Pages route value naming the page); the CSV download is itself logged before the first row is sent.
/// </summary>
[StudyPage(StudyPolicies.Audit)]
public sealed class AuditModel(AllianceDbContext db) : StudyPageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    /// <summary>The actions that occur in this study's log, for the filter.</summary>
    public IReadOnlyList<string> Actions { get; private set; } = [];

    /// <summary>The chosen action, or null for all.</summary>
    public string? Action { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    public int Total { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "action")] string? action, [FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        Action = string.IsNullOrEmpty(action) ? null : action;
        Actions = await db.AuditLog.Where(a => a.StudyId == Study.StudyId).Select(a => a.Action).Distinct()
            .OrderBy(a => a).ToListAsync(ct);
        var entries = Filtered();
        Total = await entries.CountAsync(ct);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(page ?? 1, 1, PageCount);
        Entries = await Newest(entries).Skip((PageNumber - 1) * PageSize).Take(PageSize).AsNoTracking().ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostDownloadAsync([FromForm(Name = "action")] string? action, CancellationToken ct)
    {
        Action = string.IsNullOrEmpty(action) ? null : action;
        // Logged and committed before the first row leaves: a download cut short is still on record.
        AuditTrail.Add(db, Study.StudyId, Study.Actor, AuditActions.AuditDownloaded, new { action = Action });
        await db.SaveChangesAsync(ct);
        var entries = Newest(Filtered()).AsNoTracking().AsAsyncEnumerable();
        var name = string.Create(CultureInfo.InvariantCulture, $"study-{Study.StudyId}-audit.csv");
        return new CsvDownload(name, (writer, token) => AuditCsv.WriteAsync(entries, writer, token));
    }

    /// <summary>A link to a page of the log under the current filter.</summary>
    public string PageUrl(int page) =>
        StudyUrl(string.Create(CultureInfo.InvariantCulture, $"audit?page={page}")
            + (Action is null ? "" : "&action=" + Uri.EscapeDataString(Action)));

    private IQueryable<AuditEntry> Filtered()
    {
        var entries = db.AuditLog.Where(a => a.StudyId == Study.StudyId);
        return Action is null ? entries : entries.Where(a => a.Action == Action);
    }

    private static IQueryable<AuditEntry> Newest(IQueryable<AuditEntry> entries) =>
        entries.OrderByDescending(a => a.At).ThenByDescending(a => a.AuditId);
}
