namespace Alliance.Web.Pages.Studies.Instruments;

/// <summary>A labelled scale point in the designer.</summary>
public sealed class DesignerAnchor
{
    public string Value { get; set => field = value ?? ""; } = "";

    /// <summary>The label per language.</summary>
    public Dictionary<string, string?> Label { get; set; } = [];
}
