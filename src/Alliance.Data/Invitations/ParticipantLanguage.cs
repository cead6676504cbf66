using Alliance.Data.Model;

namespace Alliance.Data.Invitations;

/// <summary>
/// The one rule for the language of a participant's links: the client's or therapist's own language
/// (<see cref="Client.Language"/>, <see cref="Therapist.Language"/>) while the study offers it, else the study's first
/// language. A participant without a language of their own follows the study's first language, also when that changes;
/// one whose language the study has since dropped falls back to it too, rather than getting a link in a language the
/// study has no consent text or wording for.
/// </summary>
public static class ParticipantLanguage
{
    /// <summary>The language of a study that names none (<see cref="Study.Languages"/> empty).</summary>
    public const string Fallback = "en";

    /// <summary>The language <paramref name="study"/>'s links are issued in for a participant whose own language is <paramref name="chosen"/>.</summary>
    public static string Of(Study study, string? chosen) => OwnOf(study, chosen) ?? FirstOf(study);

    /// <summary>The participant's own language <paramref name="chosen"/> while <paramref name="study"/> offers it, else null.</summary>
    public static string? OwnOf(Study study, string? chosen)
    {
        ArgumentNullException.ThrowIfNull(study);
        return chosen is not null && study.Languages.Contains(chosen, StringComparer.Ordinal) ? chosen : null;
    }

    /// <summary>The study's first language, what a participant without one of their own gets.</summary>
    public static string FirstOf(Study study)
    {
        ArgumentNullException.ThrowIfNull(study);
        return study.Languages.Count > 0 ? study.Languages[0] : Fallback;
    }

    /// <summary>
    /// The study's spelling of a language a researcher entered (BCP 47 tags ignore case: <c>DE</c> is <c>de</c>), or
    /// null when <paramref name="languages"/> (the study's) does not offer it.
    /// </summary>
    public static string? Offered(IEnumerable<string> languages, string entered)
    {
        ArgumentNullException.ThrowIfNull(languages);
        ArgumentNullException.ThrowIfNull(entered);
        var tag = entered.Trim();
        return languages.FirstOrDefault(l => string.Equals(l, tag, StringComparison.OrdinalIgnoreCase));
    }
}
