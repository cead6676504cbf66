using Alliance.Data.Mail;

namespace Alliance.Web.Mail;

/// <summary>The configured outbox directory and its file names (<see cref="OutboxFiles"/>).</summary>
public static class MailOutbox
{
    public static string Directory(MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return OutboxFiles.Directory(options.Outbox);
    }

    public static string PathOf(MailOptions options, Guid messageId) => OutboxFiles.PathOf(Directory(options), messageId);
}
