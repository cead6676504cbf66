namespace Alliance.Data.Model;

/// <summary>
/// Unknown participant tokens one client address presented in its current window: the guess limit that every web
/// instance applies alike (see <see cref="Surveys.LinkGuesses"/>). A fixed window: it starts at the first guess and the
/// count starts again at the first guess after it ended. No study: a guess belongs to no study.
/// </summary>
public sealed class LinkGuess
{
    /// <summary>The client address (an IPv4 address or an IPv6 /64 prefix).</summary>
    public required string Client { get; set; }

    public DateTimeOffset WindowStartedAt { get; set; }

    /// <summary>Unknown tokens presented since <see cref="WindowStartedAt"/>, this one included.</summary>
    public int Guesses { get; set; }
}
