namespace Alliance.Data.Surveys;

/// <summary>
/// A submission checked and scored, ready for <see cref="SubmissionStore.StoreAsync"/>.
/// <paramref name="ConsentTextHash"/> is the consent to record with it (null when none is to be recorded).
/// </summary>
public sealed record AcceptedSubmission(
    long StudyId,
    Guid InvitationId,
    Guid ResponseId,
    string IdempotencyKey,
    IReadOnlyDictionary<string, double?> Answers,
    IReadOnlyDictionary<string, double?> Scores,
    string? ConsentTextHash);
