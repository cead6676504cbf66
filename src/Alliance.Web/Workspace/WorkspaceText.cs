using System.Globalization;
using Alliance.Web.Localisation;
using Alliance.Web.Pages;
using Alliance.Web.Pages.Studies.Access;
using Alliance.Web.Pages.Studies.Dashboard;
using Alliance.Web.Pages.Studies.Instruments;
using Alliance.Web.Pages.Studies.Lifecycle;
using Alliance.Web.Pages.Studies.Mail;
using Alliance.Web.Pages.Studies.Sessions;
using Alliance.Web.Pages.Studies.Setup;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Workspace;

/// <summary>
/// The researcher workspace's wording in the request's language (set by the request localization middleware, see
/// <see cref="LocalisationSetup"/>). Each feature folder keeps its own resource, <c>XWording.resx</c> with one
/// <c>XWording.{language}.resx</c> per further language; <c>WorkspaceText.resx</c> beside this file holds what all
/// pages share (navigation, status pages, buttons, sign-in, the studies list). <c>Text["key"]</c> finds a key in
/// whichever of them has it; a missing key throws, and a test checks every key the pages name exists in every
/// language, so a page never shows a blank label.
/// </summary>
public sealed class WorkspaceText
{
    private readonly IStringLocalizer[] _resources;

    public WorkspaceText(IStringLocalizerFactory localizers)
    {
        ArgumentNullException.ThrowIfNull(localizers);
        _resources = [.. Resources.Select(localizers.Create)];
    }

    /// <summary>The resources <c>Text["key"]</c> searches: this folder's, then each feature's.</summary>
    public static IReadOnlyList<Type> Resources { get; } =
    [
        typeof(WorkspaceText), typeof(DashboardWording), typeof(SetupWording), typeof(SessionsWording),
        typeof(AccessWording), typeof(AccountWording), typeof(InstrumentsWording), typeof(ApiReferenceWording),
        typeof(LifecycleWording),
        typeof(MailWording),
    ];

    /// <summary>The workspace's wording; its language is the request's.</summary>
    public static WorkspaceText For(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.HttpContext.RequestServices.GetRequiredService<WorkspaceText>();
    }

    /// <summary>The request's language code (<c>en</c>, <c>de</c>), as links carry it in <c>?lang=</c>.</summary>
    public string Code => Languages.OrDefault(CultureInfo.CurrentUICulture.Name);

    public string LanguageName => this["language.name"];

    public string SignInTitle => this["signIn.title"];

    public string StartAbout => this["start.about"];

    public string StartParticipantsHeading => this["start.participantsHeading"];

    public string StartParticipants => this["start.participants"];

    public string StartResearchersHeading => this["start.researchersHeading"];

    public string StartDocs => this["start.docs"];

    public string Email => this["signIn.email"];

    public string Password => this["signIn.password"];

    public string SignIn => this["signIn.submit"];

    public string SignInFailed => this["signIn.failed"];

    public string SignOutTitle => this["signOut.title"];

    public string SignOut => this["signOut.submit"];

    public string SignedOut => this["signOut.done"];

    public string StudiesTitle => this["studies.title"];

    public string SignedInAs => this["studies.signedInAs"];

    public string NoStudies => this["studies.none"];

    public string Study => this["studies.study"];

    public string Role => this["studies.role"];

    public string Open => this["studies.open"];

    public string NotOpen => this["studies.notOpen"];

    public string Submitted => this["studies.submitted"];

    public string Expired => this["studies.expired"];

    public string Responses => this["studies.responses"];

    public string Language => this["language.label"];

    /// <summary>The wording of <paramref name="key"/>; throws for a key no resource has.</summary>
    public string this[string key] => Find(key) ?? throw new KeyNotFoundException($"no workspace wording '{key}'");

    /// <summary>The wording of <paramref name="key"/> with <c>{0}</c>, <c>{1}</c>, … filled in (invariant number formats).</summary>
    public string Format(string key, params object?[] values) =>
        string.Format(CultureInfo.InvariantCulture, this[key], values);

    /// <summary>
    /// The message <paramref name="key"/> for <paramref name="count"/> things: the resource <c>{key}.one</c> or
    /// <c>{key}.other</c> as <see cref="PluralCategory"/> picks for the count in the page's language, with
    /// <paramref name="values"/> filled in as by <see cref="Format"/> (the count is one of them wherever the message
    /// shows it): <c>Plural("sessions.recorded", n, n)</c> gives "1 session recorded", "2 sessions recorded".
    /// </summary>
    public string Plural(string key, long count, params object?[] values) =>
        Format(key + "." + PluralCategory.Of(count, Code), values);

    /// <summary>
    /// The request's language as a culture, for the date patterns of the wording (<c>format.date</c> …). Under
    /// InvariantGlobalization it carries no regional data, hence patterns with numbers only.
    /// </summary>
    public CultureInfo Culture => CultureInfo.GetCultureInfo(Code);

    /// <summary>
    /// A score or other decimal as the page's language writes it, up to two decimals: 3.75 in English, 3,75 in German
    /// (<c>format.decimalSeparator</c>; files and the API keep the invariant 3.75). The separator comes from the
    /// wording, not from <see cref="Culture"/>: the build sets InvariantGlobalization, so every culture formats
    /// numbers as the invariant one does.
    /// </summary>
    public string Number(double value) =>
        value.ToString("0.##", CultureInfo.InvariantCulture).Replace(".", this["format.decimalSeparator"], StringComparison.Ordinal);

    /// <summary>
    /// A count as the page's language writes it, thousands grouped (<c>format.groupSeparator</c>): 10,024 in English,
    /// 10.024 in German.
    /// </summary>
    public string Count(long value) =>
        value.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", this["format.groupSeparator"], StringComparison.Ordinal);

    /// <summary>A calendar date as the page's language writes it (<c>format.date</c>: 2026-12-05, 05.12.2026).</summary>
    public string Date(DateOnly date) => date.ToString(this["format.date"], Culture);

    /// <summary>
    /// A moment in UTC as the page's language writes it (<c>format.dateTime</c>), marked UTC: the server does not know
    /// the reader's time zone, and the files and APIs give the same moment in ISO 8601.
    /// </summary>
    public string DateTime(DateTimeOffset moment) => moment.UtcDateTime.ToString(this["format.dateTime"], Culture);

    /// <summary>
    /// A moment to the second, as the audit log shows it (<c>format.timestamp</c>); English keeps the log file's
    /// ISO 8601 form, so an entry on the page and in the CSV read the same.
    /// </summary>
    public string Timestamp(DateTimeOffset moment) => moment.UtcDateTime.ToString(this["format.timestamp"], Culture);

    /// <summary>Role names as the pages show them (<c>role.{role}</c>); a role without wording shows as it is stored.</summary>
    public string RoleName(string role) => Find("role." + role) ?? role;

    /// <summary>A language's name in that language itself, for the language switcher.</summary>
    public string LanguageNameIn(string language) => _resources[0].In(language, "language.name").Value;

    private string? Find(string key)
    {
        foreach (var resource in _resources)
        {
            var text = resource[key];
            if (!text.ResourceNotFound)
            {
                return text.Value;
            }
        }
        return null;
    }
}
