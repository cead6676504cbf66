using System.Globalization;
using System.Net;
using Alliance.Data.Surveys;
using Alliance.Web.Outages;
using Alliance.Web.Workspace;
using Npgsql;

namespace Alliance.Web.Surveys;

/// <summary>
/// Slows down token guessing: an address that presented more than <see cref="SurveyOptions.GuessLimit"/> unknown
/// tokens within <see cref="SurveyOptions.GuessWindow"/> (a fixed window from its first guess) is answered 429 for
/// further unknown tokens until the window ends. Only a token whose lookup found nothing is counted or refused: a
/// valid, expired, not-yet-open or replaced link is answered as always, whatever else came from its address, so one
/// guesser behind a clinic's NAT or a reverse proxy blocks nobody's link. With 256-bit tokens this is defence in
/// depth, not the defence.
/// </summary>
/// <remarks>
/// The count lives in PostgreSQL (<see cref="LinkGuesses"/>), so N instances behind a proxy enforce one limit, not N;
/// a guess costs one statement more than an unknown token did anyway. Not the framework's rate limiters: their state
/// is per process, and their middleware takes a permit before the handler knows whether the token is known.
/// Addresses are counted as sign-in counts them (<see cref="SignInClient"/>: IPv4, or the IPv6 /64). A request with
/// no address (a Unix socket) is not counted.
/// </remarks>
internal sealed class TokenGuessLimiter(NpgsqlDataSource database, SurveyOptions options, TimeProvider clock)
{
    /// <summary>
    /// Counts <paramref name="token"/>, which no link has, as a guess from <paramref name="address"/>; null when the
    /// request may be answered "unknown", else how long (whole seconds, at least one) the address must wait. A replaced
    /// link is no guess and always null. A lost connection is tried again, which can count one guess twice.
    /// </summary>
    public async Task<TimeSpan?> CountGuessAsync(IPAddress? address, string token, CancellationToken ct)
    {
        if (address is null)
        {
            return null;
        }
        var hash = ParticipantLinks.LookupHash(token, out _);
        var client = SignInClient.Of(address);
        var now = clock.GetUtcNow();
        var count = await ConnectionRetry.RunAsync(database, ConnectionRetry.RequestWindow, async () =>
        {
            await using var connection = await database.OpenConnectionAsync(ct);
            return await LinkGuesses.CountAsync(connection, hash, client, now, options.GuessWindow, ct);
        }, ct);
        if (count is null || count.Guesses <= options.GuessLimit)
        {
            return null;
        }
        var wait = count.WindowStartedAt + options.GuessWindow - now;
        return TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(wait.TotalSeconds)));
    }

    /// <summary>Sets <c>Retry-After</c> to <paramref name="wait"/> in seconds.</summary>
    public static void TellRetryAfter(HttpResponse response, TimeSpan wait)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.RetryAfter = ((long)wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
    }
}
