namespace Alliance.Web.Surveys;

/// <summary>
/// What the participant page's header partial (<c>Pages/Shared/_SurveyHeader.cshtml</c>) renders: the form's title, the
/// error summary when <paramref name="ShowErrors"/>, the session line when there is a session, and links to the form's
/// other languages at <paramref name="Self"/>. A test link's page (<paramref name="Test"/>) says above the title that
/// its answers are not study data. The participant page and the test link page render the same partial.
/// </summary>
internal sealed record SurveyHeader(SurveyQuestions Questions, bool ShowErrors, string Self, int? Session, bool Test);
