using Alliance.Data.Mail;
using MimeKit;

namespace Alliance.Web.Mail;

/// <summary>
/// A queued message as MIME: plain text in UTF-8, the queue's message id as Message-Id (the same on every attempt, so
/// a server or reader that saw an earlier attempt arrive can tell), <c>List-Unsubscribe</c> when the mail has one.
/// </summary>
public static class MailMime
{
    private const string IdDomain = "alliance.invalid";

    public static MimeMessage Build(QueuedMail mail, string from)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var m = mail.Message;
        var message = new MimeMessage
        {
            MessageId = mail.MessageId.ToString("D") + "@" + IdDomain,
            Subject = m.Subject,
            Date = mail.CreatedAt,
            Body = new TextPart("plain") { Text = m.Body },
        };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(new MailboxAddress(m.ToName ?? "", m.To));
        if (m.UnsubscribeUrl is { } unsubscribe)
        {
            message.Headers.Add(HeaderId.ListUnsubscribe, "<" + unsubscribe.AbsoluteUri + ">");
        }
        return message;
    }

    /// <summary>The queue's id of a message <see cref="Build"/> made.</summary>
    public static Guid MessageIdOf(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var local = (message.MessageId ?? "").Split('@')[0];
        return Guid.Parse(local);
    }
}
