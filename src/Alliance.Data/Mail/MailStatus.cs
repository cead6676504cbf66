namespace Alliance.Data.Mail;

/// <summary>
/// A queued message's <c>status</c>: <c>queued</c> until the first attempt, then <c>sent</c>, or <c>failed</c> with the
/// reason in <c>last_error</c>. A failed message with a <c>next_attempt_at</c> is tried again then (see
/// <see cref="MailRetry"/>); without one it has given up until someone retries it from the study's mail page.
/// </summary>
public static class MailStatus
{
    public const string Queued = "queued";
    public const string Sent = "sent";
    public const string Failed = "failed";
}
