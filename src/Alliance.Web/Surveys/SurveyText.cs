using Alliance.Web.Localisation;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Surveys;

/// <summary>
/// The participant pages' own wording (not the instrument's) in one language: SurveyText.resx (English) beside this
/// file and SurveyText.{language}.resx for each further language; any language without its own file reads English.
/// The language is the participant's, which the survey page decides after looking the link up (the one asked for
/// in <c>?lang=</c> when the form has it, else the invitation's), not the request's, so it is given here explicitly.
/// </summary>
public sealed class SurveyText(IStringLocalizer<SurveyText> localizer, string language)
{
    /// <summary>The wording in <paramref name="language"/>.</summary>
    public static SurveyText For(HttpContext http, string language)
    {
        ArgumentNullException.ThrowIfNull(http);
        return new(http.RequestServices.GetRequiredService<IStringLocalizer<SurveyText>>(), language);
    }

    public string LanguageName => Get("survey.languageName");

    public string SkipToQuestions => Get("survey.skipToQuestions");

    public string SessionLabel => Get("survey.sessionLabel");

    /// <summary>"Questions answered: {0} of {1}", for a form whose items are all optional.</summary>
    public string Answered => Get("survey.answered");

    /// <summary>"Required questions answered: {0} of {1}", worded so that no count needs a plural form.</summary>
    public string RequiredAnswered => Get("survey.requiredAnswered");

    public string RequiredDone => Get("survey.requiredDone");

    /// <summary>Put before the page title while the page shows errors ("Error: "), as screen readers read the title first.</summary>
    public string ErrorTitlePrefix => Get("survey.errorTitlePrefix");

    /// <summary>"Please use steps of {0}, such as {1} or {2}.": the step, the accepted values either side of the answer.</summary>
    public string ErrorStep => Get("survey.errorStep");

    /// <summary>What a rating's slider says before it is touched (its thumb is hidden until then).</summary>
    public string SliderUnset => Get("survey.sliderUnset");

    /// <summary>"Your answer: {0}", what a rating's slider says once touched.</summary>
    public string SliderValue => Get("survey.sliderValue");

    public string Optional => Get("survey.optional");

    public string Required => Get("survey.required");

    public string NoAnswer => Get("survey.noAnswer");

    public string YourRating => Get("survey.yourRating");

    public string ErrorSummaryTitle => Get("survey.errorSummaryTitle");

    public string ErrorRequired => Get("survey.errorRequired");

    public string ErrorInvalid => Get("survey.errorInvalid");

    public string SaveForLater => Get("survey.saveForLater");

    public string Saved => Get("survey.saved");

    public string Review => Get("survey.review");

    public string ReviewTitle => Get("survey.reviewTitle");

    public string ReviewIntro => Get("survey.reviewIntro");

    public string NotAnswered => Get("survey.notAnswered");

    public string Change => Get("survey.change");

    public string Submit => Get("survey.submit");

    public string ThankYouTitle => Get("survey.thankYouTitle");

    public string ThankYou => Get("survey.thankYou");

    public string ExpiredTitle => Get("survey.expiredTitle");

    public string Expired => Get("survey.expired");

    public string WithdrawnTitle => Get("survey.withdrawnTitle");

    public string Withdrawn => Get("survey.withdrawn");

    /// <summary>The page of a link whose study is locked, closed or archived: "this study is not taking answers".</summary>
    public string StudyClosedTitle => Get("survey.studyClosedTitle");

    public string StudyClosed => Get("survey.studyClosed");

    /// <summary>The page of an unanswered link whose dyad the study team ended.</summary>
    public string DyadEndedTitle => Get("survey.dyadEndedTitle");

    public string DyadEnded => Get("survey.dyadEnded");

    public string ConsentTitle => Get("survey.consentTitle");

    public string ConsentAgree => Get("survey.consentAgree");

    public string ConsentContinue => Get("survey.consentContinue");

    public string ConsentNeeded => Get("survey.consentNeeded");

    public string WithdrawLink => Get("survey.withdrawLink");

    public string WithdrawTitle => Get("survey.withdrawTitle");

    public string WithdrawExplain => Get("survey.withdrawExplain");

    public string WithdrawConfirm => Get("survey.withdrawConfirm");

    public string WithdrawBack => Get("survey.withdrawBack");

    public string Language => Get("survey.language");

    public string NotOpenTitle => Get("survey.notOpenTitle");

    /// <summary>"It opens on {0}": {0} is <see cref="Date"/>.</summary>
    public string NotOpen => Get("survey.notOpen");

    public string ConsentOtherLanguage => Get("survey.consentOtherLanguage");

    public string Contact => Get("survey.contact");

    /// <summary>What a test link's page says above its title: "Test — answers are not study data".</summary>
    public string TestBanner => Get("survey.testBanner");

    /// <summary>Put before a test link page's title, so the tab and a screen reader say it first.</summary>
    public string TestTitlePrefix => Get("survey.testTitlePrefix");

    public string TestThankYou => Get("survey.testThankYou");

    public string TestAgain => Get("survey.testAgain");

    public string UnknownTitle => Get("survey.unknownTitle");

    public string Unknown => Get("survey.unknown");

    public string ReplacedTitle => Get("survey.replacedTitle");

    public string Replaced => Get("survey.replaced");

    public string RefusedTitle => Get("survey.refusedTitle");

    public string Refused => Get("survey.refused");

    public string TooManyGuessesTitle => Get("survey.tooManyGuessesTitle");

    /// <summary>"Please try again in {0}": {0} is <see cref="Wait"/>.</summary>
    public string TooManyGuesses => Get("survey.tooManyGuesses");

    /// <summary>
    /// A wait in whole minutes, rounded up (<c>1 minute</c>, <c>5 minutes</c>, <c>5 Minuten</c>): the plural form the
    /// participant's language uses for the count (<see cref="PluralCategory"/>, resource keys <c>survey.minutes.one</c>,
    /// <c>survey.minutes.other</c>).
    /// </summary>
    public string Wait(TimeSpan wait)
    {
        var minutes = (long)Math.Max(1, Math.Ceiling(wait.TotalMinutes));
        return string.Format(System.Globalization.CultureInfo.InvariantCulture,
            Get("survey.minutes." + PluralCategory.Of(minutes, language)), minutes);
    }

    /// <summary>
    /// A day written out in this language (<c>20 March 2026</c>, <c>20. März 2026</c>). From the wording, not from
    /// <see cref="System.Globalization.CultureInfo"/>: the app runs with invariant globalization, which knows no
    /// month names but English ones.
    /// </summary>
    public string Date(DateOnly day) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, DateFormat, day.Day, Months.Split(',')[day.Month - 1], day.Year);

    /// <summary>The months' names, comma-separated, for <see cref="Date"/>.</summary>
    public string Months => Get("survey.months");

    /// <summary>How <see cref="Date"/> writes a day: {0} day, {1} month name, {2} year.</summary>
    public string DateFormat => Get("survey.dateFormat");

    private string Get(string key) => localizer.In(language, key) is { ResourceNotFound: false } text
        ? text.Value
        : throw new KeyNotFoundException($"no survey wording '{key}'");
}
