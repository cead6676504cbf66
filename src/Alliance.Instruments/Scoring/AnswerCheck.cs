namespace Alliance.Instruments.Scoring;

/// <summary>
/// The allocation-free outcome of checking one response in <see cref="InstrumentScorer.Score(ReadOnlySpan{double}, Span{double}, Span{int})"/>:
/// valid, or the first rejected item (0-based index in <see cref="Instrument.Items"/>) with the reason and value.
/// </summary>
/// <param name="ItemIndex">Index of the rejected item, −1 when valid.</param>
/// <param name="Kind">Why it was rejected.</param>
/// <param name="Value">The rejected value.</param>
public readonly record struct AnswerCheck(int ItemIndex, AnswerProblemKind Kind, double Value)
{
    /// <summary>The outcome of a response with no problem.</summary>
    public static AnswerCheck Valid => new(-1, AnswerProblemKind.None, double.NaN);

    /// <summary>True when every answer was acceptable.</summary>
    public bool IsValid => Kind == AnswerProblemKind.None;
}
