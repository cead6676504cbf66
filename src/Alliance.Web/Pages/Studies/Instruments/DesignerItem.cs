namespace Alliance.Web.Pages.Studies.Instruments;

/// <summary>An item in the designer: its wording per language side by side, scale, whether it may be skipped, reverse key.</summary>
public sealed class DesignerItem
{
    public string Id { get; set => field = value ?? ""; } = "";

    public Dictionary<string, string?> Text { get; set; } = [];

    /// <summary>The id of one of the designer's scales.</summary>
    public string Scale { get; set => field = value ?? ""; } = "";

    public bool Required { get; set; } = true;

    /// <summary>Scored as min + max − x of its scale.</summary>
    public bool Reversed { get; set; }
}
