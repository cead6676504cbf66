using System.Globalization;
using Alliance.Data;
using Alliance.Data.Audit;
using Alliance.Data.Model;
using Alliance.Data.Paging;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Access;

/// <summary>
/// <c>/studies/{id}/audit</c> (owners): the study's audit log, newest first, <see cref="PageSize"/> entries a page, each
/// in plain words (<see cref="AuditSentence"/>) with who did it by e-mail address; filtered by action, person and days
/// (<c>?action=&amp;person=&amp;from=&amp;to=</c>, days in UTC as the times are shown). The CSV download takes the same
/// filter, keeps its columns (the recorded actor, action and detail) and is itself logged before the first row is sent.
/// </summary>
[StudyPage(StudyPolicies.Audit)]
public sealed class AuditModel(AllianceDbContext db) : StudyPageModel
{
    public const int PageSize = PageRequest.DefaultSize;

    public Page<AuditEntry> Entries { get; private set; } = new([], new PageRequest(1), 0);

    /// <summary>The actions that occur in this study's log, for the filter.</summary>
    public IReadOnlyList<string> Actions { get; private set; } = [];

    /// <summary>The people who occur in this study's log, for the filter.</summary>
    public IReadOnlyList<AuditActor> People { get; private set; } = [];

    /// <summary>The filter as understood; a day that did not read is left out of it (and shown as an error).</summary>
    public AuditFilter Filter { get; private set; } = new();

    /// <summary>The days as typed, so a wrong one comes back to its field.</summary>
    public (string? From, string? To) TypedDays { get; private set; }

    private AuditPeople names = null!;

    public async Task OnGetAsync([FromQuery(Name = "action")] string? action, [FromQuery(Name = "person")] string? person,
        [FromQuery(Name = "from")] string? from, [FromQuery(Name = "to")] string? to, [FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        Filter = Understand(action, person, from, to);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        Actions = await db.AuditLog.Where(a => a.StudyId == Study.StudyId).Select(a => a.Action).Distinct()
            .OrderBy(a => a).ToListAsync(ct);
        var (people, everyone) = await AuditPeople.InLogAsync(db, Study.StudyId, ct);
        names = everyone;
        People = [.. people.OrderBy(p => Who(p), StringComparer.CurrentCultureIgnoreCase)];
        var entries = Filter.Apply(db, Study.StudyId);
        var total = await entries.CountAsync(ct);
        var request = PageRequest.From(page).Within(total);
        var rows = await entries.Skip(request.Offset).Take(request.Size).AsNoTracking().ToListAsync(ct);
        Entries = new Page<AuditEntry>(rows, request, total);
    }

    [AllowedWhenArchived]
    public async Task<IActionResult> OnPostDownloadAsync([FromForm(Name = "action")] string? action, [FromForm(Name = "person")] string? person,
        [FromForm(Name = "from")] string? from, [FromForm(Name = "to")] string? to, CancellationToken ct)
    {
        Filter = Understand(action, person, from, to);
        // Logged and committed before the first row leaves: a download cut short is still on record.
        AuditTrail.Add(db, Study.StudyId, Study.Actor, AuditActions.AuditDownloaded, new
        {
            action = Filter.Action, person = Filter.Person, from = Filter.From, to = Filter.To,
        });
        await db.SaveChangesAsync(ct);
        var entries = Filter.Apply(db, Study.StudyId).AsNoTracking().AsAsyncEnumerable();
        var name = string.Create(CultureInfo.InvariantCulture, $"study-{Study.StudyId}-audit.csv");
        return new CsvDownload(name, (writer, token) => AuditCsv.WriteAsync(entries, writer, token));
    }

    /// <summary>Who an entry names, as the page shows them: e-mail address, with the API token's name or the command line.</summary>
    public string Who(AuditActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var email = names.EmailOf(actor);
        if (actor.TokenId is not null)
        {
            return Text.Format("audit.who.token", email ?? actor.Key, names.TokenNameOf(actor) ?? Text["audit.who.tokenGone"]);
        }
        if (actor.CommandLineUser is { } user)
        {
            return Text.Format("audit.who.cli", user);
        }
        return email ?? actor.Key;
    }

    /// <summary>The filter's day in the date input's form (<c>yyyy-MM-dd</c>).</summary>
    public static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private AuditFilter Understand(string? action, string? person, string? from, string? to)
    {
        TypedDays = (from, to);
        var fromDay = ReadDay(from, "from");
        var toDay = ReadDay(to, "to");
        if (fromDay is not null && toDay is not null && toDay < fromDay)
        {
            ModelState.AddModelError("to", Text["audit.filter.toBeforeFrom"]);
            toDay = null;
        }
        return new AuditFilter(string.IsNullOrEmpty(action) ? null : action, string.IsNullOrEmpty(person) ? null : person, fromDay, toDay);
    }

    private DateOnly? ReadDay(string? typed, string field)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }
        if (DateOnly.TryParseExact(typed.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        ModelState.AddModelError(field, Text.Format("audit.filter.badDay", typed));
        return null;
    }
}
