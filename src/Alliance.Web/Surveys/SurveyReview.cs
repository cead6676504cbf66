namespace Alliance.Web.Surveys;

/// <summary>
/// What the review partial (<c>Pages/Shared/_SurveyReview.cshtml</c>) renders: the answers of
/// <paramref name="Questions"/> to check, and the form that submits them to <paramref name="Self"/> once under
/// <paramref name="IdempotencyKey"/>. Shared by the participant page and the test link page.
/// </summary>
internal sealed record SurveyReview(SurveyQuestions Questions, string Self, string IdempotencyKey);
