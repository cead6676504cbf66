namespace Alliance.Instruments.Scoring;

/// <summary>A rejected answer, keyed by item id (the web API's <c>errors</c> map uses the same keys).</summary>
/// <param name="ItemId">The item at fault.</param>
/// <param name="Kind">Why it was rejected.</param>
/// <param name="Message">Plain-words reason naming the item, value and accepted values.</param>
public sealed record AnswerProblem(string ItemId, AnswerProblemKind Kind, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
