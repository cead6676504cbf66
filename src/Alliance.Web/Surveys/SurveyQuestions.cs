using Alliance.Instruments;

namespace Alliance.Web.Surveys;

/// <summary>
/// What the questions partial (<c>Pages/Shared/_SurveyQuestions.cshtml</c>) renders: a form's instruction line, progress
/// and items in one language, with the answers and errors of <paramref name="Form"/>. The participant page and the
/// study team's preview render the same partial, so the preview is what participants see; <paramref name="Preview"/>
/// disables every answer field.
/// </summary>
internal sealed record SurveyQuestions(Instrument Instrument, string Lang, SurveyForm Form, SurveyText Text, bool Preview);
