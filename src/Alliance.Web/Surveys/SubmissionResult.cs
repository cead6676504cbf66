using Alliance.Data.Surveys;

namespace Alliance.Web.Surveys;

/// <summary>
/// The outcome of a submission with the stored response's id and scores, the errors by item id, or the link's
/// status (and, when not open yet, its opening time) when it takes no answers.
/// </summary>
internal sealed record SubmissionResult(
    SubmissionOutcome Outcome,
    Guid? ResponseId = null,
    IReadOnlyDictionary<string, double?>? Scores = null,
    IReadOnlyDictionary<string, string[]>? Errors = null,
    LinkState? Status = null,
    DateTimeOffset? OpensAt = null)
{
    /// <summary>
    /// A submission that finds <paramref name="stored"/> holding its invitation: the same key gets the stored result
    /// again; another key is told the survey was already submitted.
    /// </summary>
    public static SubmissionResult Replay(StoredResponse stored, string idempotencyKey) =>
        stored.IdempotencyKey == idempotencyKey
            ? new SubmissionResult(SubmissionOutcome.Replayed, stored.ResponseId, StoredResponse.ScoresOf(stored.Scores))
            : new SubmissionResult(SubmissionOutcome.AlreadySubmitted, stored.ResponseId);
}
