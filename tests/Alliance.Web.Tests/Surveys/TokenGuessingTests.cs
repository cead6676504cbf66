using System.Net;
using Alliance.Testing.Hosting;

namespace Alliance.Web.Tests.Surveys;

/// <summary>An app whose guessing limit is low enough to reach in a test.</summary>
public sealed class AppWithLowGuessLimit : RunningApp
{
    protected override IEnumerable<string> Settings => ["--Survey:GuessLimit", "3"];
}

public class TokenGuessingTests(AppWithLowGuessLimit app) : IClassFixture<AppWithLowGuessLimit>
{
    [Fact]
    public async Task AnAddressThatKeepsGuessingIsRefusedWith429()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await app.Client.GetAsync(new Uri($"/api/v1/surveys/guess-{i}", UriKind.Relative));
            statuses.Add(response.StatusCode);
        }
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound,
            HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        using var page = await app.Client.GetAsync(new Uri("/s/guess-page", UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
    }
}
