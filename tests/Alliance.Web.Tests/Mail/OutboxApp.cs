using Alliance.Testing.Hosting;

namespace Alliance.Web.Tests.Mail;

/// <summary>The site with no SMTP server configured, its outbox in a directory of its own.</summary>
public sealed class OutboxApp : RunningApp
{
    public string Outbox { get; } = Path.Combine(Path.GetTempPath(), "alliance-outbox-" + Guid.NewGuid().ToString("N"));

    protected override IEnumerable<string> Settings => ["--Mail:Outbox", Outbox, "--Mail:Interval", "00:00:01"];
}
