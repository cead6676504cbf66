namespace Alliance.Data.Model;

/// <summary>One item answer of a response, in long form for analysis: a row of the view <c>response_items</c> over <see cref="Response.Answers"/>.</summary>
public sealed class ResponseItem
{
    public long StudyId { get; set; }

    public Guid ResponseId { get; set; }

    public required string ItemId { get; set; }

    /// <summary>1-based position of the item in its instrument definition (null if the definition lacks it).</summary>
    public int? Position { get; set; }

    /// <summary>The answer; null when the item was skipped.</summary>
    public decimal? Value { get; set; }
}
