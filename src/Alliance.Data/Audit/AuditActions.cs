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
    public const string RecoveryCodeUsed = "account.recovery-code";

    /// <summary>A study's message accepted by the mail server (or written to the outbox); actor <c>mail</c>.</summary>
    public const string MailSent = "mail.sent";

    /// <summary>A study's message refused or not delivered this attempt, with the reason; actor <c>mail</c>.</summary>
    public const string MailFailed = "mail.failed";
}
