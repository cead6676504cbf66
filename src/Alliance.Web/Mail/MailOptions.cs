using MailKit.Security;

namespace Alliance.Web.Mail;

/// <summary>
/// The <c>Mail</c> configuration section (docs/operations.md, "Mail"). Without <see cref="Host"/> messages go to the
/// outbox directory instead of a server.
/// </summary>
public sealed class MailOptions
{
    /// <summary>The SMTP server's host name; empty for the outbox.</summary>
    public string? Host { get; set; }

    /// <summary>The server's port (587 submission with STARTTLS is the usual one).</summary>
    public int Port { get; set; } = 587;

    /// <summary>
    /// <c>Auto</c> (TLS on 465, STARTTLS when offered elsewhere), <c>StartTls</c> (required), <c>SslOnConnect</c>, or
    /// <c>None</c> (plain text: only for a server on loopback).
    /// </summary>
    public SecureSocketOptions Tls { get; set; } = SecureSocketOptions.Auto;

    /// <summary>User name for SMTP authentication; empty for none.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, as <c>Name &lt;address&gt;</c> or a bare address.</summary>
    public string From { get; set; } = "Alliance <alliance@localhost>";

    /// <summary>How long one connection or command may take before the attempt counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often each instance looks for due messages (a page that queues mail also wakes it at once).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Where the outbox is; default <c>outbox</c> under <c>ALLIANCE_DATA_DIR</c>.</summary>
    public string? Outbox { get; set; }

    /// <summary>True when a server is configured.</summary>
    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Host);
}
