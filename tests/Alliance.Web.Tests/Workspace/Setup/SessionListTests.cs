using Alliance.Web.Pages.Studies.Setup;

namespace Alliance.Web.Tests.Workspace.Setup;

public class SessionListTests
{
    [Theory]
    [InlineData("3, 6, 10", new[] { 3, 6, 10 })]
    [InlineData("1;2 3", new[] { 1, 2, 3 })]
    [InlineData(" 500 ", new[] { 500 })]
    public void AscendingSessionNumbersAreRead(string text, int[] expected)
    {
        var numbers = SessionList.Parse(text, out var problem, out _);

        Assert.Null(problem);
        Assert.Equal(expected, numbers);
    }

    [Theory]
    [InlineData("", "setup.sessions.empty", "")]
    [InlineData("3, six", "setup.sessions.notNumber", "six")]
    [InlineData("+3", "setup.sessions.notNumber", "+3")]
    [InlineData("0", "setup.sessions.range", "0")]
    [InlineData("499, 501", "setup.sessions.range", "501")]
    [InlineData("3, 3", "setup.sessions.repeated", "3")]
    [InlineData("3, 6, 4", "setup.sessions.order", "4")]
    public void InvalidListsNameTheOffendingNumber(string text, string expectedKey, string expectedValue)
    {
        var numbers = SessionList.Parse(text, out var problem, out var value);

        Assert.Null(numbers);
        Assert.Equal(expectedKey, problem);
        Assert.Equal(expectedValue, value);
    }
}
