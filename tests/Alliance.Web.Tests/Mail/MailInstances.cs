using System.Globalization;
using Alliance.Testing.Mail;
using Alliance.Web.Tests.Instances;

namespace Alliance.Web.Tests.Mail;

/// <summary>Two web instances on one database, both sending through the run's SMTP server and looking every second.</summary>
public sealed class MailInstances : InstancePair
{
    private readonly (string Host, int Port, string Maildir) _smtp = TestSmtp.EndpointAsync().GetAwaiter().GetResult();

    protected override IEnumerable<string> Settings =>
        ["--Mail:Host", _smtp.Host, "--Mail:Port", _smtp.Port.ToString(CultureInfo.InvariantCulture), "--Mail:Tls", "None",
         "--Mail:Interval", "00:00:01"];
}
