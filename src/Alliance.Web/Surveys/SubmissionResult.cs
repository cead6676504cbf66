namespace Alliance.Web.Surveys;

/// <summary>
/// The outcome of a submission with the stored response's id and scores, the errors by item id, or the link's
/// status when it is closed.
/// </summary>
internal sealed record SubmissionResult(
    SubmissionOutcome Outcome,
    Guid? ResponseId = null,
    IReadOnlyDictionary<string, double?>? Scores = null,
    IReadOnlyDictionary<string, string[]>? Errors = null,
    string? Status = null);
