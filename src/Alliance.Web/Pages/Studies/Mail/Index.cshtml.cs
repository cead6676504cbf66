using Alliance.Data;
using Alliance.Data.Audit;
using Alliance.Data.Mail;
using Alliance.Web.Mail;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Alliance.Web.Pages.Studies.Mail;

/// <summary>
/// <c>/studies/{id}/mail</c>: the study's messages (<see cref="MailLog"/>), queued, sent or failed with the reason, a
/// failed one retried now; without a mail server, each sent message's .eml copy in the outbox. Owners and researchers
/// (the participants policy: the copies hold addresses and links); retries and downloads are audited.
/// </summary>
[StudyPage(StudyPolicies.Participants)]
internal sealed partial class IndexModel(AllianceDbContext db, IOptions<MailOptions> options, MailSignal signal) : StudyPageModel
{
    /// <summary>Messages listed, newest first.</summary>
    public const int Shown = 200;

    public IReadOnlyList<MailLogRow> Messages { get; private set; } = [];

    public MailOptions Options => options.Value;

    public bool Retried { get; private set; }

    public async Task OnGetAsync(bool retried, bool saved, string? purpose, string? language, CancellationToken ct)
    {
        Retried = retried;
        Saved = saved;
        await LoadAsync(purpose, language, ct);
    }

    private async Task LoadAsync(string? purpose, string? language, CancellationToken ct)
    {
        Messages = await MailLog.ListAsync(db, Study.StudyId, Shown, ct);
        await LoadSettingsAsync(purpose, language, ct);
    }

    /// <summary>Whether the outbox holds a copy of the message (sent without a server).</summary>
    public bool HasOutboxCopy(MailLogRow row) =>
        row?.Status == MailStatus.Sent && System.IO.File.Exists(MailOutbox.PathOf(Options, row.MessageId));

    public async Task<IActionResult> OnPostRetryAsync(Guid message, CancellationToken ct)
    {
        var row = (await MailLog.ListAsync(db, Study.StudyId, int.MaxValue, ct)).SingleOrDefault(m => m.MessageId == message);
        if (row is null || !await MailLog.RetryAsync(db, Study.StudyId, message, ct))
        {
            return NotFound();
        }
        AuditTrail.Add(db, Study.StudyId, Study.Actor, AuditActions.MailRetried, new { message_id = message, to = row.RecipientMasked });
        await db.SaveChangesAsync(ct);
        signal.Wake();
        return Redirect($"/studies/{Study.Id}/mail?retried=true&lang={Text.Code}");
    }

    public async Task<IActionResult> OnGetEmlAsync(Guid message, CancellationToken ct)
    {
        var row = (await MailLog.ListAsync(db, Study.StudyId, int.MaxValue, ct)).SingleOrDefault(m => m.MessageId == message);
        if (row is null || !HasOutboxCopy(row))
        {
            return NotFound();
        }
        AuditTrail.Add(db, Study.StudyId, Study.Actor, AuditActions.MailDownloaded, new { message_id = message, to = row.RecipientMasked });
        await db.SaveChangesAsync(ct);
        Response.Headers.CacheControl = "no-store";
        return PhysicalFile(MailOutbox.PathOf(Options, message), "message/rfc822", message.ToString("D") + ".eml");
    }
}
