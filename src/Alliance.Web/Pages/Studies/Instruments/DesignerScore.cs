namespace Alliance.Web.Pages.Studies.Instruments;

/// <summary>A subscale or the total in the designer: its items, scoring rule and missing-item rule.</summary>
public sealed class DesignerScore
{
    /// <summary>The subscale id (unused for the total).</summary>
    public string Id { get; set => field = value ?? ""; } = "";

    public Dictionary<string, string?> Title { get; set; } = [];

    /// <summary>Item ids separated by commas or spaces; empty for the total means every item.</summary>
    public string Items { get; set => field = value ?? ""; } = "";

    /// <summary><c>mean</c> or <c>sum</c>.</summary>
    public string Scoring { get; set => field = value ?? ""; } = "mean";

    /// <summary><c>min_answered</c> (a count) or <c>min_fraction</c> (0 &lt; f ≤ 1).</summary>
    public string MissingRule { get; set => field = value ?? ""; } = "min_fraction";

    public string MissingValue { get; set => field = value ?? ""; } = "1";
}
