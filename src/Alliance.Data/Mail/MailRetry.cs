namespace Alliance.Data.Mail;

/// <summary>
/// When a failed message is tried again: 1 minute after the first failure, doubling each time (2, 4, 8 … minutes) up to
/// 6 hours between tries, and no more after <see cref="MaxAttempts"/> attempts (about a day and a half in all, long
/// enough for a mail server's maintenance window, short enough that a reminder is not sent days late).
/// </summary>
public static class MailRetry
{
    /// <summary>Attempts before a message gives up (it can still be retried by hand).</summary>
    public const int MaxAttempts = 10;

    private static readonly TimeSpan First = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Longest = TimeSpan.FromHours(6);

    /// <summary>When to try again after <paramref name="attempts"/> failed attempts; null once they are used up.</summary>
    public static DateTimeOffset? NextAttempt(int attempts, DateTimeOffset now)
    {
        if (attempts >= MaxAttempts)
        {
            return null;
        }
        var delay = First * Math.Pow(2, Math.Max(0, attempts - 1));
        return now + (delay < Longest ? delay : Longest);
    }
}
