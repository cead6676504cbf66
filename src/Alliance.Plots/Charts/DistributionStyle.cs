namespace Alliance.Plots.Charts;

/// <summary>How subscale distributions are drawn.</summary>
public enum DistributionStyle
{
    /// <summary>Tukey box plots (R <c>boxplot.stats</c>).</summary>
    Box,

    /// <summary>Violins (Gaussian KDE, R <c>bw.nrd0</c>) with a narrow box inside.</summary>
    Violin,
}
