using Alliance.Data.Mail;

namespace Alliance.Data.Tests.Mail;

public sealed class MailTemplateTests
{
    private static readonly string[] Allowed = ["name", "link"];

    [Fact]
    public void PlaceholdersAreFilledAndDoubledBracesAreLiteral()
    {
        var template = new MailTemplate("Hello {name}", "Your link: {link}\n{{not a placeholder}} {other}");

        var (subject, body) = template.Render(new Dictionary<string, string> { ["name"] = "C-017", ["link"] = "https://x/s/t" });

        Assert.Equal("Hello C-017", subject);
        Assert.Equal("Your link: https://x/s/t\n{not a placeholder} {other}", body);
    }

    [Fact]
    public void UnknownPlaceholdersAreNamedOnceEach() =>
        Assert.Equal(["sesion", "Link"], MailTemplate.UnknownPlaceholders("{name} {sesion} {Link} {sesion} {{link}}", Allowed));

    [Fact]
    public void AValueCannotBreakTheSubjectIntoHeaders()
    {
        var (subject, _) = new MailTemplate("Hi {name}", "").Render(new Dictionary<string, string> { ["name"] = "a\r\nBcc: x@y.org" });

        Assert.DoesNotContain('\n', subject);
    }
}
