using System.Security.Cryptography;
using System.Text;
using Alliance.Data.Model;
using Alliance.Instruments;
using Alliance.Instruments.Scoring;

namespace Alliance.Web.Surveys;

/// <summary>Everything a survey page or API call needs about one participant link, loaded by its token.</summary>
internal sealed record SurveyInvitation(
    Invitation Invitation,
    Study Study,
    int SessionNumber,
    Guid ParticipantId,
    InstrumentScorer Scorer,
    string Status,
    Response? Response,
    Draft? Draft,
    bool ConsentOnRecord)
{
    public long StudyId => Invitation.StudyId;

    public Instrument Instrument => Scorer.Instrument;

    public bool IsOpen => Status == InvitationStatuses.Open;

    public bool NeedsConsent => Study.ConsentRequired && !ConsentOnRecord;

    /// <summary>SHA-256 (hex) of the consent text the participant saw, recorded with the consent.</summary>
    public string ConsentTextHash => HashOfConsent(Study.ConsentText);

    public static string HashOfConsent(string? consentText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(consentText ?? "")));

    /// <summary>
    /// A link's state for the participant: submitted once a response exists, withdrawn when the participant (or the
    /// link) was withdrawn, expired when marked so or past its expiry, else open. Page, API and submission queue
    /// all decide by this one rule.
    /// </summary>
    public static string StatusOf(bool hasResponse, bool withdrawn, string invitationStatus, DateTimeOffset? expiresAt,
        DateTimeOffset now) =>
        hasResponse ? InvitationStatuses.Submitted
        : withdrawn || invitationStatus == InvitationStatuses.Withdrawn ? InvitationStatuses.Withdrawn
        : invitationStatus == InvitationStatuses.Expired || expiresAt <= now ? InvitationStatuses.Expired
        : InvitationStatuses.Open;

    /// <summary>The language to show: the requested one when the instrument has it, else the invitation's.</summary>
    public string LanguageFor(string? requested) =>
        requested is not null && Instrument.Header.Languages.Contains(requested, StringComparer.Ordinal)
            ? requested
            : Invitation.Language;
}
