using Alliance.Analysis.Ruptures;
using Alliance.Plots.Charts;

namespace Alliance.Cli.Report;

/// <summary>Everything the report shows, computed from the forms of the long export.</summary>
internal sealed record ReportData(
    string Source,
    IReadOnlyList<ReportForm> Forms,
    IReadOnlyList<ReportInstrument> Instruments,
    IReadOnlyList<DescriptiveRow> Descriptives,
    IReadOnlyList<ReliabilityRow> Reliability,
    AgreementSection Agreement,
    TrajectorySection Trajectories,
    RuptureReport? Ruptures,
    string? RuptureProblem,
    IReadOnlyList<DyadTrajectory> DyadPanels,
    IReadOnlyList<(string Role, IReadOnlyList<SubscaleScores> Scores)> Distributions,
    ScoreScale Scale,
    string ClientInstrument);
