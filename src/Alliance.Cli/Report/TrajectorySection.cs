using Alliance.Analysis.Mixed;
using Alliance.Plots.Charts;

namespace Alliance.Cli.Report;

/// <summary>Client total scores per dyad over sessions and the mean curve (model-implied when the model fits).</summary>
internal sealed record TrajectorySection(IReadOnlyList<DyadSeries> Dyads, IReadOnlyList<MeanPoint> Mean, MixedModelFit? Model, string MeanMethod);
