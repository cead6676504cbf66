using Alliance.Data.Surveys;
using System.Globalization;
using Alliance.Data.Responses;
using Alliance.Instruments;

namespace Alliance.Web.Surveys;

/// <summary>The JSON shapes of the participant API (docs/survey.md, "JSON API"); names are snake_case on the wire.</summary>
internal static class SurveyJson
{
    /// <summary>
    /// A link as the API shows it: <c>status</c> by <see cref="Alliance.Data.Surveys.LinkStatus"/>, <c>opens_at</c>
    /// (null when it took answers from the start) and <c>expires_at</c> (null when never); <c>consent_text</c> is the
    /// text for the link's role in the invitation's language, else the study's first language, which
    /// <c>consent_language</c> names; <c>contact</c> is the study's contact, null when it names none.
    /// </summary>
    public sealed record Survey(string Status, DateTimeOffset? OpensAt, DateTimeOffset? ExpiresAt, string Role, int Session, string Language, IReadOnlyList<string> Languages,
        bool ConsentRequired, string? ConsentText, InstrumentView Instrument, IReadOnlyDictionary<string, double?> Answers,
        string? ConsentLanguage, ContactView? Contact);

    /// <summary>The study's contact: a name (may be null) and an e-mail address or a phone number (either may be null, not both).</summary>
    public sealed record ContactView(string? Name, string? Email, string? Phone);

    /// <summary>
    /// The form: <c>title</c> is the one researchers know it by; <c>participant_title</c> the one to show participants
    /// (the title when the definition gives none) and <c>instruction</c> the line to show above the items (null when none).
    /// </summary>
    public sealed record InstrumentView(string Id, string Version, string Title, IReadOnlyList<ItemView> Items,
        string ParticipantTitle, string? Instruction);

    public sealed record ItemView(string Id, string Text, bool Required, ScaleView Scale);

    public sealed record ScaleView(string Type, double Min, double Max, double Step, IReadOnlyDictionary<string, string> Labels);

    public sealed record Created(Guid ResponseId, IReadOnlyDictionary<string, double?> Scores);

    public static Survey Describe(SurveyInvitation survey, string language)
    {
        var instrument = survey.Instrument;
        var answers = survey.SavedAnswers;
        return new Survey(
            survey.Status.Name(),
            survey.Link.OpensAt,
            survey.Link.ExpiresAt,
            survey.Link.Role.Name(),
            survey.Link.SessionNumber,
            language,
            instrument.Header.Languages,
            survey.NeedsConsent,
            survey.NeedsConsent ? survey.Link.ConsentText : null,
            new InstrumentView(instrument.Id, instrument.Version, instrument.Header.Title.Get(language),
                [.. instrument.Items.Select(i => new ItemView(i.Id, i.Text.Get(language), i.Required, Scale(i.Scale, language)))],
                instrument.Header.TitleForParticipants.Get(language), instrument.Header.Instruction?.Get(language)),
            answers is null ? new Dictionary<string, double?>() : ParseAnswers(answers),
            survey.NeedsConsent ? survey.Link.ConsentLanguage : null,
            survey.Link.Contact is { } contact ? new ContactView(contact.Name, contact.Email, contact.Phone) : null);
    }

    /// <summary>Stored answers (jsonb object of item id → number or null).</summary>
    public static Dictionary<string, double?> ParseAnswers(string json) => ResponseAnswers.Parse(json).ToDictionary();

    private static ScaleView Scale(ResponseScale scale, string language) =>
        new(scale.Kind switch
            {
                ScaleKind.Likert => "likert",
                ScaleKind.VisualAnalogue => "visual_analogue",
                _ => "numeric",
            },
            scale.Min, scale.Max, scale.Step,
            scale.Anchors.ToDictionary(a => a.Value.ToString("R", CultureInfo.InvariantCulture), a => a.Label.Get(language),
                StringComparer.Ordinal));
}
