namespace Alliance.Instruments;

/// <summary>How a response scale is presented (<c>likert</c>, <c>visual_analogue</c>, <c>numeric</c>).</summary>
public enum ScaleKind
{
    /// <summary>Ordered categories with labelled anchors, e.g. 1 = never … 5 = always.</summary>
    Likert,

    /// <summary>A line (slider) between two labelled ends, e.g. 0–10 in steps of 0.1.</summary>
    VisualAnalogue,

    /// <summary>A number typed in, between a minimum and a maximum on a step.</summary>
    Numeric,
}
