namespace Alliance.Instruments;

/// <summary>The comparison of a cutoff expression such as <c>total &lt; 36</c>.</summary>
public enum CutoffComparison
{
    /// <summary><c>&lt;</c></summary>
    Less,

    /// <summary><c>&lt;=</c></summary>
    LessOrEqual,

    /// <summary><c>&gt;</c></summary>
    Greater,

    /// <summary><c>&gt;=</c></summary>
    GreaterOrEqual,
}
