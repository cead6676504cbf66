using Alliance.Analysis.Agreement;
using Alliance.Plots.Charts;

namespace Alliance.Cli.Report;

/// <summary>
/// Client–therapist agreement on the total score of one construct: a client form and its declared parallel therapist
/// form (<see cref="Alliance.Instruments.ParallelForms"/>), over the dyad-sessions rated with both.
/// </summary>
/// <param name="Construct">The construct both forms measure.</param>
/// <param name="ClientInstrument">The client form.</param>
/// <param name="TherapistInstrument">Its declared parallel therapist form.</param>
/// <param name="Scale">The total's axis: the instrument's rule and range.</param>
/// <param name="FigureSuffix">Appended to the figure names (<c>-&lt;construct&gt;</c> when the report has several blocks).</param>
/// <param name="Pairs">Client and therapist totals per dyad-session rated with both.</param>
/// <param name="Icc">ICC(2,1); null when not computed.</param>
/// <param name="Pearson">Pearson r; null when not computed.</param>
/// <param name="BlandAltman">Bias and limits of agreement; null when not computed.</param>
/// <param name="Problem">Why the statistics were not computed; null when they were.</param>
internal sealed record AgreementSection(string Construct, string ClientInstrument, string TherapistInstrument, ScoreScale Scale,
    string FigureSuffix, IReadOnlyList<RatingPair> Pairs, IccEstimate? Icc, CorrelationEstimate? Pearson,
    BlandAltmanResult? BlandAltman, string? Problem)
{
    /// <summary>
    /// Most points an agreement figure draws. Each point is about 2.7 KB of SVG: the 180,000 dyad-sessions of a
    /// 10,000-dyad study made a 425 MB scatter and a 471 MB page (issue #21), where at 252 pt they are one blot anyway.
    /// </summary>
    public const int MostPointsDrawn = 5_000;

    /// <summary>1 when every pair is drawn, else k: every k-th pair in dyad and session order is drawn.</summary>
    public int DrawEvery => Pairs.Count <= MostPointsDrawn ? 1 : (Pairs.Count + MostPointsDrawn - 1) / MostPointsDrawn;

    /// <summary>The pairs the two figures draw (<see cref="DrawEvery"/>); the statistics use every pair.</summary>
    public IReadOnlyList<RatingPair> Drawn => DrawEvery == 1 ? Pairs : [.. Pairs.Where((_, i) => i % DrawEvery == 0)];
}
