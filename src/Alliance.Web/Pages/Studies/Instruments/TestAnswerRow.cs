using Alliance.Instruments.Scoring;

namespace Alliance.Web.Pages.Studies.Instruments;

/// <summary>One set of test answers with the scores and alerts the form's scoring rule gives them.</summary>
internal sealed record TestAnswerRow(Guid Id, DateTimeOffset SubmittedAt, IReadOnlyDictionary<string, double?> Values, ScoreSheet Scores);
