using MimeKit;

namespace Alliance.Testing.Mail;

/// <summary>
/// Reads what the run's SMTP server received (<see cref="TestSmtp"/>): every message in its Maildir, parsed by MimeKit.
/// The Maildir is shared by the whole run, so tests find their own messages by a recipient address of their own.
/// </summary>
public static class DeliveredMail
{
    /// <summary>Every message delivered so far to <paramref name="address"/>.</summary>
    public static async Task<List<MimeMessage>> ToAsync(string address)
    {
        var (_, _, maildir) = await TestSmtp.EndpointAsync().ConfigureAwait(false);
        var found = new List<MimeMessage>();
        foreach (var folder in new[] { "new", "cur" })
        {
            var directory = Path.Combine(maildir, folder);
            if (!Directory.Exists(directory))
            {
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(directory))
            {
                var message = await MimeMessage.LoadAsync(file).ConfigureAwait(false);
                if (message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)))
                {
                    found.Add(message);
                }
            }
        }
        return found;
    }

    /// <summary>
    /// Waits until at least <paramref name="count"/> messages to <paramref name="address"/> have arrived (or
    /// <paramref name="timeout"/> passes), then a moment longer so a duplicate would show, and returns them all.
    /// </summary>
    public static async Task<List<MimeMessage>> WaitForAsync(string address, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && (await ToAsync(address).ConfigureAwait(false)).Count < count)
        {
            await Task.Delay(100).ConfigureAwait(false);
        }
        await Task.Delay(500).ConfigureAwait(false);
        return await ToAsync(address).ConfigureAwait(false);
    }
}
