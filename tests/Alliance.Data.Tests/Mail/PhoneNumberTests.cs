using Alliance.Data.Contacts;

namespace Alliance.Data.Tests.Mail;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("+49 30 1234 5642")]
    [InlineData("(030) 123-45")]
    public void NumbersWithTheUsualSeparatorsAreAccepted(string text) => Assert.True(PhoneNumber.TryNormalise(text, out _));

    [Theory]
    [InlineData("")]
    [InlineData("1234")]
    [InlineData("49+30 12345")]
    [InlineData("call 030 12345")]
    public void AnythingElseIsRefused(string text) => Assert.False(PhoneNumber.TryNormalise(text, out _));

    [Fact]
    public void TheMaskShowsTheLastTwoDigits() => Assert.Equal("••• 42", PhoneNumber.Mask("+49 30 1234 5642"));
}
