using System.Net;

namespace Alliance.Web.Tests.Surveys;

/// <summary>The guess window at the defaults (20 unknown links per 5 minutes), on the app's clock, which the test moves.</summary>
public class GuessWindowTests(AppWithFakeClock app) : IClassFixture<AppWithFakeClock>
{
    private const int DefaultLimit = 20;

    private async Task<(HttpStatusCode Status, TimeSpan? RetryAfter)> GuessAsync(string token)
    {
        using var response = await app.Client.GetAsync(new Uri($"/api/v1/surveys/{token}", UriKind.Relative));
        return (response.StatusCode, response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task AnAddressRefusedForGuessingIsToldTheRestOfTheWindowAndMayGuessAgainWhenItEnds()
    {
        for (var i = 0; i < DefaultLimit; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await GuessAsync($"window-{i}")).Status);
        }
        app.Clock.Advance(TimeSpan.FromSeconds(60));

        var refused = await GuessAsync("window-refused");
        app.Clock.Advance(TimeSpan.FromSeconds(239));
        var lastSecond = await GuessAsync("window-last-second");
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var afterwards = await GuessAsync("window-after");

        Assert.Equal((HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(240)), refused);
        Assert.Equal((HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(1)), lastSecond);
        Assert.Equal((HttpStatusCode.NotFound, (TimeSpan?)null), afterwards);
    }
}
