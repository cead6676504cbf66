
namespace Alliance.Web.Workspace;

/// <summary>The researcher workspace's wording, per language; English is the fallback.</summary>
public sealed record WorkspaceText(
    string Code,
    string LanguageName,
    string SignInTitle,
    string Email,
    string Password,
    string SignIn,
    string SignInFailed,
    string SignOutTitle,
    string SignOut,
    string SignedOut,
    string StudiesTitle,
    string SignedInAs,
    string NoStudies,
    string Study,
    string Role,
    string Open,
    string Submitted,
    string Expired,
    string Responses,
    string Language)
{
    private static readonly WorkspaceText English = new(
        "en", "English", "Sign in", "E-mail address", "Password", "Sign in",
        "Sign-in failed: the e-mail address or password is wrong, or the account is locked for 15 minutes after 5 failed attempts.",
        "Sign out", "Sign out", "You are signed out.", "Your studies", "Signed in as {0}",
        "You are not a member of any study yet.", "Study", "Your role", "Open invitations", "Submitted", "Expired",
        "Responses", "Language");

    private static readonly WorkspaceText German = new(
        "de", "Deutsch", "Anmelden", "E-Mail-Adresse", "Passwort", "Anmelden",
        "Anmeldung fehlgeschlagen: E-Mail-Adresse oder Passwort sind falsch, oder das Konto ist nach 5 Fehlversuchen für 15 Minuten gesperrt.",
        "Abmelden", "Abmelden", "Sie sind abgemeldet.", "Ihre Studien", "Angemeldet als {0}",
        "Sie sind noch in keiner Studie Mitglied.", "Studie", "Ihre Rolle", "Offene Einladungen", "Abgeschickt",
        "Abgelaufen", "Antworten", "Sprache");

    public static IReadOnlyList<WorkspaceText> All { get; } = [English, German];

    /// <summary>The wording for a language code; English for any language without its own.</summary>
    public static WorkspaceText For(string? language) => language == "de" ? German : English;

    /// <summary><c>?lang=</c> when it names a language we have, else the best of Accept-Language, else English.</summary>
    public static WorkspaceText For(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var asked = request.Query["lang"].ToString();
        if (All.FirstOrDefault(t => t.Code == asked) is { } chosen)
        {
            return chosen;
        }
        var accepted = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1);
        foreach (var language in accepted)
        {
            var code = language.Value.Value?.Split('-')[0].ToLowerInvariant();
            if (All.FirstOrDefault(t => t.Code == code) is { } match)
            {
                return match;
            }
        }
        return English;
    }

    /// <summary>Every wording key (for the completeness test).</summary>
    public static IEnumerable<string> Keys => Wording.Wording.All.Select(e => e.Key);

    /// <summary>The wording of <paramref name="key"/> in this language (see <see cref="Wording.Wording"/>); throws for an unknown key.</summary>
    public string this[string key] => Wording.Wording.Get(key, Code);

    /// <summary>The wording of <paramref name="key"/> with <c>{0}</c>, <c>{1}</c>, … filled in (invariant number formats).</summary>
    public string Format(string key, params object?[] values) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, this[key], values);

    /// <summary>Role names as the pages show them.</summary>
    public string RoleName(string role) => (Code, role) switch
    {
        ("de", "owner") => "Leitung",
        ("de", "researcher") => "Forschung",
        ("de", "analyst") => "Auswertung",
        ("de", "clinician") => "Klinik",
        _ => role,
    };
}
