using Alliance.Data.Embedded;

namespace Alliance.Data.Mail;

/// <summary>
/// The outbox's files (docs/operations.md, "Mail"): with no SMTP server configured each message is written as
/// <c>&lt;message id&gt;.eml</c> to <c>Mail:Outbox</c>, by default <c>outbox</c> under <c>ALLIANCE_DATA_DIR</c>. The
/// web's transport writes them; an erasure deletes a participant's (they hold the address in plain text).
/// </summary>
public static class OutboxFiles
{
    /// <summary><paramref name="configured"/> (<c>Mail:Outbox</c>) when set, else <c>outbox</c> under the data directory.</summary>
    public static string Directory(string? configured) =>
        string.IsNullOrWhiteSpace(configured) ? Path.Combine(AllianceDataDirectory.Resolve(), "outbox") : configured;

    public static string PathOf(string directory, Guid messageId) =>
        Path.Combine(directory, messageId.ToString("D") + ".eml");

    /// <summary>Deletes the copies of <paramref name="messageIds"/> in <paramref name="directory"/> that exist.</summary>
    public static void Delete(string directory, IEnumerable<Guid> messageIds)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        foreach (var id in messageIds)
        {
            File.Delete(PathOf(directory, id));
        }
    }
}
