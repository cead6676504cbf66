using Alliance.Web.Localisation;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Outages;

/// <summary>
/// The 503 page's wording in one language: OutageText.resx (English) beside this file and OutageText.{language}.resx
/// per further language. The language is given explicitly: the participant's comes from the survey form's
/// <c>?lang=</c>, which the request localization middleware has already left behind when the failure is handled.
/// </summary>
public sealed class OutageText(IStringLocalizer<OutageText> localizer, string language)
{
    public string Language { get; } = language;

    public string NotStoredTitle => Get("outage.notStored.title");

    public string NotStored => Get("outage.notStored.text");

    public string SurveyTitle => Get("outage.survey.title");

    public string Survey => Get("outage.survey.text");

    public string WorkspaceTitle => Get("outage.workspace.title");

    public string Workspace => Get("outage.workspace.text");

    public string TryAgain => Get("outage.tryAgain");

    private string Get(string key) => localizer.In(Language, key) is { ResourceNotFound: false } text
        ? text.Value
        : throw new KeyNotFoundException($"no outage wording '{key}'");
}
