using Microsoft.Extensions.Options;
using MimeKit;

namespace Alliance.Web.Mail;

/// <summary>
/// The embedded default with no SMTP server configured: each message is written as <c>&lt;message id&gt;.eml</c> to the
/// outbox directory (docs/operations.md, "Mail"), where any mail program opens it and the study's mail page lists it.
/// Written to a temporary name and renamed, so a reader never sees half a message.
/// </summary>
internal sealed class OutboxTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var directory = MailOutbox.Directory(options.Value);
        Directory.CreateDirectory(directory);
        var path = MailOutbox.PathOf(options.Value, MailMime.MessageIdOf(message));
        var partial = path + ".partial";
        await message.WriteToAsync(partial, ct);
        File.Move(partial, path, overwrite: true);
    }
}
