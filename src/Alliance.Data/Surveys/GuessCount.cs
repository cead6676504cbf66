namespace Alliance.Data.Surveys;

/// <summary>A client address's unknown tokens in its current window, the one just counted included.</summary>
public sealed record GuessCount(DateTimeOffset WindowStartedAt, int Guesses);
