namespace Alliance.Web.Pages.Studies.Instruments;

/// <summary>
/// The designer's form: one instrument definition as fields, bound by the framework, turned into definition JSON by
/// <see cref="DesignerDefinition"/> and checked only by <c>InstrumentLoader</c> (no rules of its own), so what the
/// designer stores is exactly what a definition file in <c>instruments/</c> could say.
/// </summary>
public sealed class DesignerInput
{
    public string Id { get; set => field = value ?? ""; } = "";

    public string Version { get; set => field = value ?? ""; } = "1.0.0";

    /// <summary>The definition's languages, the study's languages when it was started; the first is the default.</summary>
    public List<string> Languages { get; set; } = [];

    public Dictionary<string, string?> Title { get; set; } = [];

    /// <summary>Optional: the title participants see, written for them.</summary>
    public Dictionary<string, string?> ParticipantTitle { get; set; } = [];

    /// <summary>Optional: one line above the items.</summary>
    public Dictionary<string, string?> Instruction { get; set; } = [];

    public Dictionary<string, string?> Description { get; set; } = [];

    /// <summary><c>client</c>, <c>therapist</c> or <c>observer</c>.</summary>
    public string Rater { get; set => field = value ?? ""; } = "client";

    public string Construct { get; set => field = value ?? ""; } = "";

    /// <summary>The id of the parallel form for the other rater; empty for none.</summary>
    public string ParallelForm { get; set => field = value ?? ""; } = "";

    public bool Validated { get; set; }

    public string Citation { get; set => field = value ?? ""; } = "";

    public string Licence { get; set => field = value ?? ""; } = "";

    /// <summary>Not part of the definition: who holds the rights to licensed wording entered for this study.</summary>
    public string LicenceNote { get; set => field = value ?? ""; } = "";

    public List<DesignerScale> Scales { get; set; } = [];

    public List<DesignerItem> Items { get; set; } = [];

    public List<DesignerScore> Subscales { get; set; } = [];

    public bool HasTotal { get; set; } = true;

    public DesignerScore Total { get; set; } = new();

    public List<DesignerCutoff> Cutoffs { get; set; } = [];

    /// <summary>A new instrument's starting form in <paramref name="languages"/>: a five-point scale and one item.</summary>
    public static DesignerInput Start(IReadOnlyList<string> languages)
    {
        var input = new DesignerInput { Languages = [.. languages] };
        input.Scales.Add(new DesignerScale
        {
            Id = "agree5", Type = "likert", Min = "1", Max = "5",
            Anchors = [.. Enumerable.Range(1, 5).Select(v => new DesignerAnchor { Value = v.ToString(System.Globalization.CultureInfo.InvariantCulture) })],
        });
        input.Items.Add(new DesignerItem { Id = "q1", Scale = "agree5" });
        return input;
    }
}
