using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Mail;

/// <summary>
/// Each schedule line's reminder delay (<c>scheduled_forms.reminder_after_days</c>, 1–90, null = no reminder): days
/// after a link opened, unanswered, when <see cref="SessionMail"/> sends its reminder.
/// </summary>
public static class ReminderSettings
{
    public const int MaxDays = 90;

    /// <summary>The study's schedule lines in their order, with the instrument and the delay.</summary>
    public static Task<List<ReminderLine>> ListAsync(AllianceDbContext db, long studyId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.SqlQuery<ReminderLine>($"""
            SELECT f.scheduled_form_id AS "ScheduledFormId", f.role AS "Role", v.instrument_id AS "InstrumentId", v.version AS "Version",
                   f.reminder_after_days AS "ReminderAfterDays"
            FROM scheduled_forms f JOIN instrument_versions v ON v.study_id = f.study_id AND v.instrument_version_id = f.instrument_version_id
            WHERE f.study_id = {studyId}
            ORDER BY f.position, f.role
            """).ToListAsync(ct);
    }

    /// <summary>Sets one line's delay (null: no reminder); false when the study has no such line.</summary>
    public static async Task<bool> SetAsync(AllianceDbContext db, long studyId, Guid scheduledFormId, int? days, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (days is < 1 or > MaxDays)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "1 to 90 days");
        }
        var changed = await db.Database.ExecuteSqlAsync($"""
            UPDATE scheduled_forms SET reminder_after_days = {days} WHERE study_id = {studyId} AND scheduled_form_id = {scheduledFormId}
            """, ct).ConfigureAwait(false);
        return changed == 1;
    }
}
