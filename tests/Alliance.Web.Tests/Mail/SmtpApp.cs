using System.Globalization;
using Alliance.Testing.Hosting;
using Alliance.Testing.Mail;

namespace Alliance.Web.Tests.Mail;

/// <summary>The site sending through the run's real SMTP server (aiosmtpd on loopback, plain text), looking every second.</summary>
public sealed class SmtpApp : RunningApp
{
    private readonly (string Host, int Port, string Maildir) _smtp = TestSmtp.EndpointAsync().GetAwaiter().GetResult();

    protected override IEnumerable<string> Settings =>
        ["--Mail:Host", _smtp.Host, "--Mail:Port", _smtp.Port.ToString(CultureInfo.InvariantCulture), "--Mail:Tls", "None",
         "--Mail:Interval", "00:00:01", "--Mail:From", "Alliance study team <team@alliance.example>"];
}
