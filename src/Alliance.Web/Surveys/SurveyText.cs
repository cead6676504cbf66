namespace Alliance.Web.Surveys;

/// <summary>The participant pages' own wording (not the instrument's), per language; English is the fallback.</summary>
public sealed record SurveyText(
    string LanguageName,
    string SkipToQuestions,
    string SessionLabel,
    string Answered,
    string Optional,
    string Required,
    string NoAnswer,
    string YourRating,
    string ErrorSummaryTitle,
    string ErrorRequired,
    string ErrorInvalid,
    string SaveForLater,
    string Saved,
    string Review,
    string ReviewTitle,
    string ReviewIntro,
    string NotAnswered,
    string Change,
    string Submit,
    string ThankYouTitle,
    string ThankYou,
    string ExpiredTitle,
    string Expired,
    string WithdrawnTitle,
    string Withdrawn,
    string ConsentTitle,
    string ConsentAgree,
    string ConsentContinue,
    string ConsentNeeded,
    string WithdrawLink,
    string WithdrawTitle,
    string WithdrawExplain,
    string WithdrawConfirm,
    string WithdrawBack,
    string Language)
{
    private static readonly SurveyText English = new(
        "English", "Skip to the questions", "Session", "{0} of {1} answered", "optional", "required", "No answer",
        "Your rating from {0} to {1}", "Please check these answers", "Please answer this question.",
        "Please give a value from {0} to {1}.", "Save and finish later",
        "Your answers are saved. Open the same link again to finish.", "Review my answers", "Review your answers",
        "Please check your answers. You can still change them.", "not answered", "Change answers", "Submit answers",
        "Thank you", "Your answers have been received. You can close this page.", "This link has expired",
        "This survey can no longer be answered. If you think this is a mistake, please contact the research team.",
        "You have withdrawn", "You have withdrawn from this study. No further answers will be collected.",
        "Before you start", "I agree to take part and to my answers being used as described above.", "Continue",
        "Please confirm that you agree before continuing.", "Withdraw from the study", "Withdraw from the study",
        "If you withdraw, no further answers will be collected from you through any of your links. Answers you already sent stay stored unless you ask the research team to delete them.",
        "Yes, withdraw me from the study", "Back to the survey", "Language");

    private static readonly SurveyText German = new(
        "Deutsch", "Zu den Fragen springen", "Sitzung", "{0} von {1} beantwortet", "freiwillig", "erforderlich",
        "Keine Angabe", "Ihre Einschätzung von {0} bis {1}", "Bitte prüfen Sie diese Antworten",
        "Bitte beantworten Sie diese Frage.", "Bitte geben Sie einen Wert von {0} bis {1} an.",
        "Speichern und später fortsetzen",
        "Ihre Antworten sind gespeichert. Öffnen Sie denselben Link erneut, um fortzufahren.",
        "Antworten überprüfen", "Ihre Antworten im Überblick",
        "Bitte prüfen Sie Ihre Antworten. Sie können sie noch ändern.", "nicht beantwortet", "Antworten ändern",
        "Antworten absenden", "Vielen Dank",
        "Ihre Antworten sind angekommen. Sie können diese Seite schließen.", "Dieser Link ist abgelaufen",
        "Diese Befragung kann nicht mehr beantwortet werden. Wenn Sie einen Fehler vermuten, wenden Sie sich bitte an das Forschungsteam.",
        "Sie haben Ihre Teilnahme beendet",
        "Sie haben Ihre Teilnahme an dieser Studie beendet. Es werden keine weiteren Antworten erhoben.",
        "Bevor Sie beginnen",
        "Ich bin mit der Teilnahme und der oben beschriebenen Verwendung meiner Antworten einverstanden.", "Weiter",
        "Bitte bestätigen Sie Ihr Einverständnis, bevor Sie fortfahren.", "Teilnahme an der Studie beenden",
        "Teilnahme an der Studie beenden",
        "Wenn Sie Ihre Teilnahme beenden, werden über keinen Ihrer Links weitere Antworten erhoben. Bereits gesendete Antworten bleiben gespeichert, sofern Sie das Forschungsteam nicht um Löschung bitten.",
        "Ja, meine Teilnahme beenden", "Zurück zur Befragung", "Sprache");

    /// <summary>The wording for a language code; English for any language without its own.</summary>
    public static SurveyText For(string language) => language == "de" ? German : English;
}
