using System.Globalization;
using Alliance.Testing.Hosting;

namespace Alliance.Testing.Mail;

/// <summary>
/// The site sending through the run's real SMTP server (aiosmtpd on loopback, plain text, <see cref="TestSmtp"/>), looking
/// every second: the web tests' and the browser tests' fixture for mail that really goes out.
/// </summary>
public sealed class SmtpApp : RunningApp
{
    private readonly (string Host, int Port, string Maildir) _smtp = TestSmtp.EndpointAsync().GetAwaiter().GetResult();

    protected override IEnumerable<string> Settings =>
        ["--Mail:Host", _smtp.Host, "--Mail:Port", _smtp.Port.ToString(CultureInfo.InvariantCulture), "--Mail:Tls", "None",
         "--Mail:Interval", "00:00:01", "--Mail:From", "Alliance study team <team@alliance.example>"];
}
