using Alliance.Data.Responses;
using Alliance.Instruments;

namespace Alliance.Data.Export;

/// <summary>One submitted form of a dyad-session: who answered, the frozen instrument, when, and the stored scores.</summary>
internal sealed record DyadForm(RaterRole Role, Instrument Instrument, DateTime SubmittedAt, ResponseScores Scores)
{
    /// <summary>The construct the form measures: the definition's <c>construct</c>, else the instrument id.</summary>
    public string Construct => Instrument.Header.Construct ?? Instrument.Id;
}
