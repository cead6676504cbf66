using Alliance.Data.Embedded;

namespace Alliance.Web.Mail;

/// <summary>The outbox directory and its file names: <c>&lt;message id&gt;.eml</c>.</summary>
public static class MailOutbox
{
    public static string Directory(MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.Outbox) ? Path.Combine(AllianceDataDirectory.Resolve(), "outbox") : options.Outbox;
    }

    public static string PathOf(MailOptions options, Guid messageId) =>
        Path.Combine(Directory(options), messageId.ToString("D") + ".eml");
}
