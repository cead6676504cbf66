using MimeKit;

namespace Alliance.Web.Mail;

/// <summary>Where a message goes: an SMTP server (<see cref="SmtpTransport"/>) or the outbox directory (<see cref="OutboxTransport"/>).</summary>
public interface IMailTransport
{
    /// <summary>Delivers <paramref name="message"/>; throws with the reason when it cannot.</summary>
    Task SendAsync(MimeMessage message, CancellationToken ct);
}
