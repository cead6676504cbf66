using Alliance.Data.Audit;
using Alliance.Data.Mail;
using Alliance.Web.Mail;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Web.Pages.Studies.Reminders;

/// <summary>
/// The reminders page's e-mail part (issue #17, partial view <c>_MailReminders</c>): send every mailed, open, not yet
/// reminded link's reminder now (<see cref="SessionMail.QueueRemindersNowAsync"/>), and the study's latest mail with
/// failures and their reasons. Owners and researchers only (the participants policy): clinicians on this page see
/// their own dyads' links, and the mail covers the whole study.
/// </summary>
internal sealed partial class IndexModel
{
    /// <summary>Latest messages shown under the list.</summary>
    public const int RecentMail = 20;

    /// <summary>How many reminders the last "send now" queued (from its redirect).</summary>
    public int? MailQueued => int.TryParse(Request.Query["mailed"], System.Globalization.NumberStyles.None,
        System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    public bool MayMail => Study.May(StudyPolicies.Participants);

    public async Task<IReadOnlyList<MailLogRow>> RecentMailAsync(CancellationToken ct) =>
        MayMail ? await MailLog.ListAsync(db, Study.StudyId, RecentMail, ct) : [];

    public async Task<IActionResult> OnPostSendMailAsync(CancellationToken ct)
    {
        if (!MayMail)
        {
            return Forbid();
        }
        var services = HttpContext.RequestServices;
        var baseUrl = MailWorker.PublicBaseUrl(services.GetRequiredService<IConfiguration>());
        var queued = await services.GetRequiredService<SessionMail>().QueueRemindersNowAsync(db, Study.StudyId, baseUrl, clock.GetUtcNow(), ct);
        db.ChangeTracker.Clear();
        AuditTrail.Add(db, Study.StudyId, Study.Actor, AuditActions.MailRemindersSent, new { count = queued });
        await db.SaveChangesAsync(ct);
        services.GetRequiredService<MailSignal>().Wake();
        return Redirect($"/studies/{Study.Id}/reminders?mailed={queued}&lang={Text.Code}#mail");
    }
}
