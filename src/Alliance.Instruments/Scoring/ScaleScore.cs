namespace Alliance.Instruments.Scoring;

/// <summary>One subscale or total score of a response.</summary>
/// <param name="Id">Subscale id or <c>total</c>.</param>
/// <param name="Value">The score; null when not scorable.</param>
/// <param name="Answered">Items of the score that were answered.</param>
/// <param name="ItemCount">Items in the score.</param>
/// <param name="Status">
/// <c>complete</c>, <c>prorated: a of k items answered</c> (sum), <c>mean of a of k items</c> (mean), or
/// <c>not scorable: a of k items answered, at least r needed</c>.
/// </param>
public sealed record ScaleScore(string Id, double? Value, int Answered, int ItemCount, string Status)
{
    /// <summary>True when the score has a value.</summary>
    public bool Scorable => Value is not null;
}
