namespace Alliance.Data.Audit;

/// <summary>The audit log's action names for access and account changes (exports log <c>export</c> themselves).</summary>
public static class AuditActions
{
    public const string MemberAdded = "member.add";
    public const string MemberRoleChanged = "member.role";
    public const string MemberLinked = "member.link";
    public const string MemberRemoved = "member.remove";
    public const string TokenCreated = "token.create";
    public const string TokenRevoked = "token.revoke";
    public const string AuditDownloaded = "audit.download";
    public const string MemberInvited = "member.invite";
    public const string InvitationRevoked = "member.invite.revoke";
    public const string InvitationAccepted = "member.invite.accept";
    public const string TwoFactorRequired = "study.two-factor.require";
    public const string TwoFactorOptional = "study.two-factor.optional";
    public const string PasswordReset = "account.password.reset";
    public const string TwoFactorOn = "account.two-factor.on";
    public const string TwoFactorOff = "account.two-factor.off";

    /// <summary>Two-factor sign-in turned off for the account by an operator (<c>alliance accounts two-factor-off</c>).</summary>
    public const string TwoFactorRemoved = "account.two-factor.removed";
    public const string RecoveryCodeUsed = "account.recovery-code";

    /// <summary>A study's message accepted by the mail server (or written to the outbox); actor <c>mail</c>.</summary>
    public const string MailSent = "mail.sent";

    /// <summary>A study's message refused or not delivered this attempt, with the reason; actor <c>mail</c>.</summary>
    public const string MailFailed = "mail.failed";

    /// <summary>A participant's contact details set, changed or removed (detail: which, never the values).</summary>
    public const string ContactSet = "contact.set";

    /// <summary>A participant's contact details shown in full to a member.</summary>
    public const string ContactViewed = "contact.view";

    /// <summary>A failed message made due again by a member.</summary>
    public const string MailRetried = "mail.retry";

    /// <summary>A message's outbox copy (.eml, with the address and link) downloaded by a member.</summary>
    public const string MailDownloaded = "mail.download";

    /// <summary>A study's mail settings changed: a schedule line's reminder delay or a template.</summary>
    public const string MailSettings = "mail.settings";

    /// <summary>A member sent the study's reminders now (detail: how many were queued).</summary>
    public const string MailRemindersSent = "mail.remind";
}
