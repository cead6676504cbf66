using Alliance.Data.Model;

namespace Alliance.Data.Audit;

/// <summary>
/// Which entries of a study's audit log to show or download: one action, one person (an <see cref="AuditActor.Key"/>),
/// and days from and to (inclusive, UTC, as the log's times are shown). Null parts let everything through.
/// </summary>
public sealed record AuditFilter(string? Action = null, string? Person = null, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>The study's entries this filter lets through, newest first.</summary>
    public IQueryable<AuditEntry> Apply(AllianceDbContext db, long studyId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entries = db.AuditLog.Where(a => a.StudyId == studyId);
        if (Action is not null)
        {
            entries = entries.Where(a => a.Action == Action);
        }
        if (Person is not null)
        {
            var prefix = Person + " ";
            entries = entries.Where(a => a.Actor == Person || a.Actor.StartsWith(prefix));
        }
        if (From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(a => a.At >= start);
        }
        if (To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(a => a.At < end);
        }
        return entries.OrderByDescending(a => a.At).ThenByDescending(a => a.AuditId);
    }
}
