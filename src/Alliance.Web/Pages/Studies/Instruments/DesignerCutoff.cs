namespace Alliance.Web.Pages.Studies.Instruments;

/// <summary>A cutoff in the designer: a score, a comparison and a threshold, with the alert's wording per language.</summary>
public sealed class DesignerCutoff
{
    public string Id { get; set => field = value ?? ""; } = "";

    /// <summary>A subscale id or <c>total</c>.</summary>
    public string Score { get; set => field = value ?? ""; } = "total";

    /// <summary>One of <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>.</summary>
    public string Comparison { get; set => field = value ?? ""; } = "<";

    public string Threshold { get; set => field = value ?? ""; } = "";

    public Dictionary<string, string?> Label { get; set; } = [];

    /// <summary>The definition's <c>when</c> expression.</summary>
    public string When => $"{Score.Trim()} {Comparison.Trim()} {Threshold.Trim().Replace(',', '.')}";

    /// <summary>The comparisons a cutoff may use.</summary>
    public static IReadOnlyList<string> Comparisons { get; } = ["<", "<=", ">", ">="];
}
