using Alliance.Analysis.Agreement;
using Alliance.Plots.Charts;

namespace Alliance.Cli.Report;

/// <summary>Client–therapist agreement on the total score over dyad-sessions rated by both.</summary>
internal sealed record AgreementSection(IReadOnlyList<RatingPair> Pairs, IccEstimate? Icc, CorrelationEstimate? Pearson,
    BlandAltmanResult? BlandAltman, string? Problem);
