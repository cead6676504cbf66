using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Invitations;

/// <summary>
/// Changes a study's link windows: its defaults and a schedule line's own offset and window. Each change is checked by
/// <see cref="LinkWindow.Check"/> first; a refused change returns its errors and stores nothing. Invitations already
/// issued keep their opening and expiry: a window applies to the sessions recorded after it was set.
/// </summary>
public static class ScheduleWindows
{
    /// <summary>Sets the study's default offset and window (what lines without their own follow); the errors, or none when stored.</summary>
    public static async Task<IReadOnlyList<LinkWindowError>> SetStudyDefaultsAsync(AllianceDbContext db, long studyId,
        int openingOffsetDays, int windowDays, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var errors = LinkWindow.Check(openingOffsetDays, windowDays);
        if (errors.Count > 0)
        {
            return errors;
        }
        var study = await db.Studies.SingleOrDefaultAsync(s => s.StudyId == studyId, ct).ConfigureAwait(false)
            ?? throw new ArgumentException($"no study {studyId}", nameof(studyId));
        study.DefaultOpeningOffsetDays = openingOffsetDays;
        study.DefaultWindowDays = windowDays;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return errors;
    }

    /// <summary>
    /// Sets a schedule line's own offset and window; null for either makes the line follow the study's default again.
    /// The errors, or none when stored. Throws <see cref="ArgumentException"/> for a line that is not the study's.
    /// </summary>
    public static async Task<IReadOnlyList<LinkWindowError>> SetLineAsync(AllianceDbContext db, long studyId, Guid scheduledFormId,
        int? openingOffsetDays, int? windowDays, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var errors = LinkWindow.Check(openingOffsetDays, windowDays);
        if (errors.Count > 0)
        {
            return errors;
        }
        var line = await db.ScheduledForms.SingleOrDefaultAsync(f => f.StudyId == studyId && f.ScheduledFormId == scheduledFormId, ct)
            .ConfigureAwait(false) ?? throw new ArgumentException($"study {studyId} has no schedule line {scheduledFormId}", nameof(scheduledFormId));
        line.OpeningOffsetDays = openingOffsetDays;
        line.WindowDays = windowDays;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return errors;
    }
}
