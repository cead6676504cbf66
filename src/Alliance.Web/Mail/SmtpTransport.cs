using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Alliance.Web.Mail;

/// <summary>
/// Sends through the configured SMTP server with MailKit, one connection per message: the worker sends a handful at a
/// time, and a fresh connection never carries a half-broken session from a failed message into the next.
/// </summary>
internal sealed class SmtpTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var o = options.Value;
        using var smtp = new SmtpClient { Timeout = (int)o.Timeout.TotalMilliseconds };
        // The whole exchange is bounded too: a server that accepts the connection and then says nothing would
        // otherwise hold the message's row lock for as long as each command's timeout allows.
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(o.Timeout * 2);
        try
        {
            await smtp.ConnectAsync(o.Host ?? "", o.Port, o.Tls, bounded.Token);
            if (!string.IsNullOrEmpty(o.User))
            {
                await smtp.AuthenticateAsync(o.User, o.Password ?? "", bounded.Token);
            }
            await smtp.SendAsync(message, bounded.Token);
            await smtp.DisconnectAsync(true, bounded.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"The mail server {o.Host}:{o.Port} did not answer within {o.Timeout.TotalSeconds:0} s.");
        }
    }
}
