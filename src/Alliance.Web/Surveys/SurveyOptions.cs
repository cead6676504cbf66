namespace Alliance.Web.Surveys;

/// <summary>Participant-survey settings, bound from the <c>Survey</c> configuration section.</summary>
public sealed class SurveyOptions
{
    /// <summary>Unknown tokens one address may present per <see cref="GuessWindow"/> before it is refused.</summary>
    public int GuessLimit { get; set; } = 20;

    /// <summary>Length of the token-guessing window.</summary>
    public TimeSpan GuessWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Base URL printed in participant links (the web host's own address by default).</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Submissions looked up and checked together at most (the store stage merges these batches).</summary>
    public int SubmissionBatchSize { get; set; } = 64;
}
