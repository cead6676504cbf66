using Alliance.Data.Audit;
using Alliance.Data.Invitations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// The set-up page's link windows: a schedule line's own opening offset and window (empty follows the study's
/// default), stored through <see cref="ScheduleWindows"/>, and how the page words a window.
/// </summary>
internal sealed partial class SetupModel
{
    /// <summary>The study's default window as stored (what lines without their own follow).</summary>
    public LinkWindow StudyDefaults { get; private set; } = new(LinkWindow.DefaultOpeningOffsetDays, LinkWindow.DefaultWindowDays);

    /// <summary>A line's window form as last submitted with problems (shown again in that line only); null otherwise.</summary>
    public LineWindowInput? PostedLine { get; private set; }

    /// <summary>The add-a-form window hint, naming the study's default.</summary>
    public string DefaultWindowHint => Text.Format("setup.form.window.hint", Opening(StudyDefaults.OpeningOffsetDays), StudyDefaults.WindowDays);

    public async Task<IActionResult> OnPostLineWindowAsync(LineWindowInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await db.ScheduledForms.AnyAsync(f => f.StudyId == Study.StudyId && f.ScheduledFormId == input.ScheduledFormId, ct))
        {
            return NotFound();
        }
        PostedLine = input;
        if (!ModelState.IsValid)
        {
            return await InvalidAsync(settings: true, ct);
        }
        AuditTrail.Add(db, Study.StudyId, Study.Actor, "setup.form.window",
            new { scheduledFormId = input.ScheduledFormId, openingOffsetDays = input.OpeningOffsetDays, windowDays = input.WindowDays });
        // Saves the audit entry with the change. It refuses nothing the page's check let through (the same rule), but
        // should the two ever differ, the refusal is shown at the line's fields and nothing is stored.
        var refused = await ScheduleWindows.SetLineAsync(db, Study.StudyId, input.ScheduledFormId, input.OpeningOffsetDays, input.WindowDays, ct);
        foreach (var error in refused)
        {
            ModelState.AddModelError(error.Field == LinkWindow.WindowField
                ? LineWindowInput.WindowField(input.ScheduledFormId) : LineWindowInput.OffsetField(input.ScheduledFormId), error.Message);
        }
        return refused.Count > 0 ? await InvalidAsync(settings: true, ct) : Redirect(StudyUrl("setup?saved=true#forms"));
    }

    /// <summary>A line's window in words, each part marked when it is the study's default.</summary>
    public string WindowText(ScheduleLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var opens = Text.Format("setup.window.opens", Opening(line.OpeningOffsetDays ?? StudyDefaults.OpeningOffsetDays));
        var windowDays = line.WindowDays ?? StudyDefaults.WindowDays;
        var days = Text.Plural("setup.window.days", windowDays, windowDays);
        return (line.OpeningOffsetDays is null ? Text.Format("setup.window.default", opens) : opens) + ", "
            + (line.WindowDays is null ? Text.Format("setup.window.default", days) : days);
    }

    private string Opening(int offsetDays) => offsetDays switch
    {
        0 => Text["setup.window.offset.zero"],
        > 0 => Text.Plural("setup.window.offset.after", offsetDays, offsetDays),
        _ => Text.Plural("setup.window.offset.before", -offsetDays, -offsetDays),
    };
}
