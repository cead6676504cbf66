using System.Globalization;
using Alliance.Testing.Hosting;
using Alliance.Testing.Mail;

namespace Alliance.EndToEnd.Tests.Workspace;

/// <summary>The site sending its mail through the run's real SMTP server (aiosmtpd on loopback), looking every second.</summary>
public sealed class SmtpSite : RunningApp
{
    private readonly (string Host, int Port, string Maildir) _smtp = TestSmtp.EndpointAsync().GetAwaiter().GetResult();

    protected override IEnumerable<string> Settings =>
        ["--Mail:Host", _smtp.Host, "--Mail:Port", _smtp.Port.ToString(CultureInfo.InvariantCulture), "--Mail:Tls", "None",
         "--Mail:Interval", "00:00:01", "--Mail:From", "Alliance <team@alliance.example>"];
}
