using Alliance.Instruments;

namespace Alliance.Data.Model;

/// <summary>
/// A study's consent text for one rater role in one of its languages: a client reads the client's text, a therapist
/// the therapist's, each in the language of their link where the study has it (else in the study's first language).
/// </summary>
public sealed class ConsentText
{
    /// <summary>Most characters a consent text may have (the set-up page and a check constraint hold to it).</summary>
    public const int MaxLength = 20_000;

    /// <summary>The roles a participant link is for, and so the roles with consent texts (no observer answers a link).</summary>
    public static IReadOnlyList<RaterRole> Roles { get; } = [RaterRole.Client, RaterRole.Therapist];

    public long StudyId { get; set; }

    /// <summary>Whose text it is (stored as its name).</summary>
    public required RaterRole Role { get; set; }

    /// <summary>The text's language (BCP 47 tag, one of the study's <see cref="Study.Languages"/>).</summary>
    public required string Language { get; set; }

    public required string Text { get; set; }

    /// <summary>The same text for every rater role in <paramref name="language"/> (a study that says one thing to all).</summary>
    public static List<ConsentText> ForEveryRole(string language, string text) =>
        [.. Roles.Select(role => new ConsentText { Role = role, Language = language, Text = text })];
}
