using Alliance.Data.Lifecycle;
using Alliance.Data.Model;
using Alliance.Instruments;
using System.Security.Cryptography;
using System.Text;

namespace Alliance.Data.Surveys;

/// <summary>
/// One participant link as <see cref="ParticipantLinks.FindAsync"/> reads it: the invitation, its session and
/// participant, the frozen instrument version, the study's consent rules, and the facts the link's status rests on.
/// </summary>
/// <param name="StudyId">The invitation's study.</param>
/// <param name="InvitationId">The invitation behind the link.</param>
/// <param name="Role">Who answers: <see cref="RaterRole.Client"/> or <see cref="RaterRole.Therapist"/>.</param>
/// <param name="Language">The invitation's language.</param>
/// <param name="InvitationStatus">The invitation's stored status, parsed once from its stored name.</param>
/// <param name="OpensAt">When the link starts taking answers; null when it took them from the start.</param>
/// <param name="ExpiresAt">When the link runs out; null when never.</param>
/// <param name="SessionNumber">The number of the session the form is for.</param>
/// <param name="ParticipantId">The dyad's client or therapist, by the invitation's role.</param>
/// <param name="InstrumentVersionId">The study's frozen instrument version the form uses.</param>
/// <param name="InstrumentId">That version's instrument id.</param>
/// <param name="ContentHash">That version's content hash.</param>
/// <param name="ConsentRequired">Whether the study asks for consent.</param>
/// <param name="ConsentText">
/// The consent text for the link's role in the invitation's language, else in the study's first language; null when
/// the study asks for no consent or has no text for the role in either.
/// </param>
/// <param name="Withdrawn">Whether that participant withdrew from the study (through any of their links).</param>
/// <param name="ConsentOnRecord">
/// Whether that participant consented through any of their links of the same role; only looked at (else false) while
/// the study asks for consent and nothing is stored yet.
/// </param>
/// <param name="Stored">The response that holds the invitation; null while unanswered.</param>
/// <param name="SavedAnswers">
/// The stored response's answers, else the draft's (jsonb object of item id → number or null); null when there are
/// none or when the lookup was not asked for answers.
/// </param>
/// <param name="ConsentLanguage">The language of <paramref name="ConsentText"/>; null when there is none.</param>
/// <param name="Contact">The study's contact; null when it names none.</param>
/// <param name="StudyState">The study's state: only an active study's links take answers (<see cref="StudyStates.TakesAnswers"/>).</param>
/// <param name="DyadEnded">Whether the link's dyad was ended (its open links were then closed, and the page says why).</param>
public sealed record ParticipantLink(
    long StudyId,
    Guid InvitationId,
    RaterRole Role,
    string Language,
    InvitationStatus InvitationStatus,
    DateTimeOffset? OpensAt,
    DateTimeOffset? ExpiresAt,
    int SessionNumber,
    Guid ParticipantId,
    Guid InstrumentVersionId,
    string InstrumentId,
    string ContentHash,
    bool ConsentRequired,
    string? ConsentText,
    bool Withdrawn,
    bool ConsentOnRecord,
    StoredResponse? Stored,
    string? SavedAnswers,
    string? ConsentLanguage,
    StudyContact? Contact,
    StudyState StudyState = StudyState.Active,
    bool DyadEnded = false)
{
    /// <summary>Whether a response must bring consent with it: the study asks and none is on record.</summary>
    public bool NeedsConsent => ConsentRequired && !ConsentOnRecord;

    /// <summary>
    /// Whether the consent text is in the study's first language because the study has none in the invitation's: the
    /// page then says so.
    /// </summary>
    public bool ConsentInOtherLanguage => ConsentLanguage is not null && ConsentLanguage != Language;

    /// <summary>SHA-256 (hex) of the consent text the participant saw (<see cref="ConsentText"/>), recorded with the consent.</summary>
    public string ConsentTextHash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ConsentText ?? "")));

    /// <summary>
    /// The link's state at <paramref name="now"/>: <see cref="LinkState.Closed"/> for an unanswered link of a study that
    /// takes no answers (locked, closed, archived), else by <see cref="LinkStatus.Of"/>. An answered link still says
    /// submitted, so a participant who finished is thanked rather than told the study stopped.
    /// </summary>
    public LinkState StatusAt(DateTimeOffset now) =>
        Stored is null && !StudyState.TakesAnswers() ? LinkState.Closed
        : LinkStatus.Of(Stored is not null, Withdrawn, InvitationStatus, OpensAt, ExpiresAt, now);
}
