using System.Collections.Concurrent;
using System.Net;

namespace Alliance.Web.Surveys;

/// <summary>
/// Slows down token guessing: an address that presented more than <see cref="SurveyOptions.GuessLimit"/> unknown
/// tokens within <see cref="SurveyOptions.GuessWindow"/> is refused (429) on every token route until the window
/// ends. Participants with valid links never count against it, so a clinic behind one address is unaffected
/// unless someone there guesses. With 256-bit tokens this is defence in depth, not the defence.
/// </summary>
internal sealed class TokenGuessLimiter(SurveyOptions options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<IPAddress, Window> _windows = new();

    /// <summary>True when the address may present a token now; otherwise how long until it may.</summary>
    public bool IsAllowed(IPAddress? address, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (address is null || !_windows.TryGetValue(address, out var window))
        {
            return true;
        }
        var now = clock.GetUtcNow();
        var ends = window.Start + options.GuessWindow;
        if (now >= ends)
        {
            _windows.TryRemove(KeyValuePair.Create(address, window));
            return true;
        }
        if (window.Failures < options.GuessLimit)
        {
            return true;
        }
        retryAfter = ends - now;
        return false;
    }

    /// <summary>Counts one unknown token presented by the address.</summary>
    public void RecordUnknownToken(IPAddress? address)
    {
        if (address is null)
        {
            return;
        }
        var now = clock.GetUtcNow();
        _windows.AddOrUpdate(address,
            _ => new Window(now, 1),
            (_, w) => now >= w.Start + options.GuessWindow ? new Window(now, 1) : w with { Failures = w.Failures + 1 });
        if (_windows.Count > 100_000)
        {
            Prune(now);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (address, window) in _windows)
        {
            if (now >= window.Start + options.GuessWindow)
            {
                _windows.TryRemove(KeyValuePair.Create(address, window));
            }
        }
    }

    private sealed record Window(DateTimeOffset Start, int Failures);
}
