using System.Net;

namespace Alliance.Web.Tests.Surveys;

/// <summary>
/// Two instances on one database count one address's guesses together: spreading them over instances (as a proxy
/// that balances requests would) buys a guesser nothing.
/// </summary>
public class SharedGuessLimitTests(TwoAppsWithLowGuessLimit apps) : IClassFixture<TwoAppsWithLowGuessLimit>
{
    [Fact]
    public async Task GuessesSpreadOverTwoInstancesCountAgainstOneLimit()
    {
        var statuses = new List<(string Instance, HttpStatusCode Status)>();
        for (var i = 0; i <= AppWithLowGuessLimit.GuessLimit; i++)
        {
            var (name, app) = i % 2 == 0 ? ("first", apps.First) : ("second", apps.Second);
            using var response = await app.Client.GetAsync(new Uri($"/api/v1/surveys/spread-{i}", UriKind.Relative));
            statuses.Add((name, response.StatusCode));
        }
        using var page = await apps.Second.Client.GetAsync(new Uri("/s/spread-page", UriKind.Relative));

        Assert.Equal([("first", HttpStatusCode.NotFound), ("second", HttpStatusCode.NotFound), ("first", HttpStatusCode.NotFound),
            ("second", HttpStatusCode.TooManyRequests)], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
    }
}
