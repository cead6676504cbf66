namespace Alliance.Web.Pages.Studies.Instruments;

/// <summary>A response scale in the designer: numbers kept as typed, so a re-shown form shows what was posted.</summary>
public sealed class DesignerScale
{
    public string Id { get; set => field = value ?? ""; } = "";

    /// <summary><c>likert</c>, <c>visual_analogue</c> or <c>numeric</c>, as the definition names them.</summary>
    public string Type { get; set => field = value ?? ""; } = "likert";

    public string Min { get; set => field = value ?? ""; } = "";

    public string Max { get; set => field = value ?? ""; } = "";

    /// <summary>Empty: the definition's default (1).</summary>
    public string Step { get; set => field = value ?? ""; } = "";

    public List<DesignerAnchor> Anchors { get; set; } = [];
}
