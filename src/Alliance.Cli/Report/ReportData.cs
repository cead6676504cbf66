using Alliance.Analysis.Ruptures;
using Alliance.Plots.Charts;

namespace Alliance.Cli.Report;

/// <summary>
/// Everything the report shows, computed from the forms of the long export. <see cref="TherapistInstrument"/> is the
/// declared parallel form of <see cref="ClientInstrument"/> in the data (null when there is none): the therapist line
/// of the per-dyad panels.
/// </summary>
internal sealed record ReportData(
    string Source,
    IReadOnlyList<ReportForm> Forms,
    IReadOnlyList<ReportInstrument> Instruments,
    IReadOnlyList<DescriptiveRow> Descriptives,
    IReadOnlyList<ReliabilityRow> Reliability,
    IReadOnlyList<AgreementSection> Agreements,
    TrajectorySection Trajectories,
    RuptureReport? Ruptures,
    string? RuptureProblem,
    IReadOnlyList<DyadTrajectory> DyadPanels,
    DyadSelection PanelSelection,
    IReadOnlyList<(string Role, string Instrument, IReadOnlyList<SubscaleScores> Scores, ScoreScale Scale)> Distributions,
    IReadOnlyList<CutoffCount> Cutoffs,
    ScoreScale Scale,
    string ClientInstrument,
    string? TherapistInstrument);
