using Alliance.Data.Mail;

namespace Alliance.Data.Tests.Mail;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("ana@example.org", "ana@example.org")]
    [InlineData("  Ana.Client+t1@Example.ORG ", "Ana.Client+t1@example.org")]
    public void APlainAddressIsAcceptedTrimmedWithItsDomainLowerCased(string text, string expected)
    {
        Assert.True(EmailAddress.TryNormalise(text, out var address));
        Assert.Equal(expected, address);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ana")]
    [InlineData("ana@")]
    [InlineData("@example.org")]
    [InlineData("ana@localhost")]
    [InlineData("ana @example.org")]
    [InlineData("Ana <ana@example.org>")]
    [InlineData("ana@example.org, bo@example.org")]
    [InlineData("ana@example.org\r\nBcc: x@example.org")]
    public void AnythingButOnePlainAddressIsRefused(string text) =>
        Assert.False(EmailAddress.TryNormalise(text, out _));

    [Fact]
    public void TheMaskShowsTheFirstLetterAndTheDomain() =>
        Assert.Equal("a•••@example.org", EmailAddress.Mask("ana.client@example.org"));
}
