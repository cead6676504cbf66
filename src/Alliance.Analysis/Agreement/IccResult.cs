namespace Alliance.Analysis.Agreement;

/// <summary>The six Shrout &amp; Fleiss intraclass correlations of an n targets × k raters table, with the ANOVA behind them.</summary>
public sealed record IccResult
{
    /// <summary>Targets analysed (complete rows).</summary>
    public required int N { get; init; }

    /// <summary>Raters (columns).</summary>
    public required int K { get; init; }

    /// <summary>Rows left out because a rating was missing (listwise deletion).</summary>
    public required int RowsWithMissing { get; init; }

    /// <summary>Coverage of the confidence bounds (0.95 by default; psych's <c>alpha = 0.05</c>).</summary>
    public required double ConfidenceLevel { get; init; }

    /// <summary>ICC1, ICC2, ICC3, ICC1k, ICC2k, ICC3k in psych's order.</summary>
    public required IReadOnlyList<IccEstimate> Estimates { get; init; }

    /// <summary>Mean square between targets.</summary>
    public required double MsBetweenTargets { get; init; }

    /// <summary>Mean square within targets (raters + residual pooled).</summary>
    public required double MsWithinTargets { get; init; }

    /// <summary>Mean square between raters (judges).</summary>
    public required double MsBetweenRaters { get; init; }

    /// <summary>Residual mean square.</summary>
    public required double MsResidual { get; init; }

    /// <summary>Warnings about the data (rows dropped for missing values, no residual variance …).</summary>
    public IReadOnlyList<string> Diagnostics { get; init; } = [];

    /// <summary>The estimate named as psych names it (ICC1 … ICC3k).</summary>
    public IccEstimate this[string type] => Estimates.Single(e => e.Type == type);
}
