namespace Alliance.Web.Surveys;

/// <summary>The outcome of a submission with the stored response's id and scores, or the errors by item id.</summary>
internal sealed record SubmissionResult(
    SubmissionOutcome Outcome,
    Guid? ResponseId = null,
    IReadOnlyDictionary<string, double?>? Scores = null,
    IReadOnlyDictionary<string, string[]>? Errors = null);
