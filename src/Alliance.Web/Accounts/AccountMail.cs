using Alliance.Data;
using Alliance.Data.Accounts;
using Alliance.Data.Mail;
using Alliance.Web.Mail;
using Alliance.Web.Pages.Studies.Sessions;
using Alliance.Web.Surveys;
using Alliance.Web.Workspace;

namespace Alliance.Web.Accounts;

/// <summary>
/// The account e-mails (an invitation to join a study, "you were added to a study", a password-reset link), worded
/// in the language of the page that caused them and queued on the mail queue (<see cref="MailQueue"/>), which sends
/// them in the background. Links start with <c>Survey:PublicBaseUrl</c>, else the request's own origin, as
/// participants' links do. No account mail is tied to a study's mail page or a participant.
/// </summary>
internal sealed class AccountMail(AllianceDbContext db, MailQueue queue, MailSignal signal, SurveyOptions survey)
{
    public Task SendInvitationAsync(HttpRequest request, string to, string token, string studyName, string role, WorkspaceText t, CancellationToken ct) =>
        QueueAsync(to, t.Format("mail.invite.subject", studyName),
            t.Format("mail.invite.body", studyName, t.RoleName(role), Link(request, "/join/" + token, t), (int)AccountInvitations.Lifetime.TotalDays),
            "account.invitation", ct);

    public Task SendAddedAsync(HttpRequest request, string to, string studyName, string role, WorkspaceText t, CancellationToken ct) =>
        QueueAsync(to, t.Format("mail.added.subject", studyName),
            t.Format("mail.added.body", studyName, t.RoleName(role), Link(request, "/login", t)), "account.added", ct);

    public Task SendResetAsync(HttpRequest request, string to, string token, WorkspaceText t, CancellationToken ct) =>
        QueueAsync(to, t["mail.reset.subject"],
            t.Format("mail.reset.body", Link(request, "/reset/" + token, t), (int)PasswordResets.Lifetime.TotalMinutes), "account.reset", ct);

    private string Link(HttpRequest request, string path, WorkspaceText t) => IssuedLinks.BaseUrl(request, survey) + path + "?lang=" + t.Code;

    // A one-off message: a fresh dedupe key, so asking twice sends twice (each with its own link).
    private async Task QueueAsync(string to, string subject, string body, string purpose, CancellationToken ct)
    {
        await queue.EnqueueAsync(db, new OutgoingMail
        {
            To = to, Subject = subject, Body = body, Purpose = purpose, DedupeKey = purpose + ":" + Guid.CreateVersion7().ToString("N"),
        }, ct);
        signal.Wake();
    }
}
