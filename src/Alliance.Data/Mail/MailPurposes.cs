namespace Alliance.Data.Mail;

/// <summary>The <see cref="OutgoingMail.Purpose"/> values in use (free text in the table; these are the known ones).</summary>
public static class MailPurposes
{
    /// <summary>A participant's link, sent when a session's links open.</summary>
    public const string SessionInvitation = "session.invitation";

    /// <summary>A participant's link again, N days after it opened unanswered.</summary>
    public const string SessionReminder = "session.reminder";
}
