using Alliance.Data.Model;
using Alliance.Data.Surveys;
using Alliance.Instruments;
using Alliance.Instruments.Scoring;

namespace Alliance.Web.Surveys;

/// <summary>
/// Everything a survey page or API call needs about one participant link, loaded by its token: the link as the data
/// layer reads it, its instrument parsed, and its status (<see cref="LinkStatus"/>) when loaded.
/// </summary>
internal sealed record SurveyInvitation(ParticipantLink Link, InstrumentScorer Scorer, LinkState Status)
{
    public Instrument Instrument => Scorer.Instrument;

    public bool IsOpen => Status == LinkState.Open;

    public bool NeedsConsent => Link.NeedsConsent;

    /// <summary>The stored response's answers, else the draft's (JSON); null when there are none.</summary>
    public string? SavedAnswers => Link.SavedAnswers;

    /// <summary>The language to show: the requested one when the instrument has it, else the invitation's.</summary>
    public string LanguageFor(string? requested) =>
        requested is not null && Instrument.Header.Languages.Contains(requested, StringComparer.Ordinal)
            ? requested
            : Link.Language;
}
