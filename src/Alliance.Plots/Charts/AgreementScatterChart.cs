using System.Globalization;
using Alliance.Plots.Layers;

namespace Alliance.Plots.Charts;

/// <summary>
/// Client (x) against therapist (y) scores with the identity line (perfect agreement) and the
/// OLS regression line of therapist on client (R <c>lm(therapist ~ client)</c>). Both axes share
/// one range so the identity line runs at 45°.
/// </summary>
public static class AgreementScatterChart
{
    /// <summary>Client against therapist scores; the axes use the scale's range when it has one.</summary>
    public static Figure Create(IReadOnlyList<RatingPair> pairs, ScoreScale scale, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(scale);
        options ??= new ChartOptions { Height = FigureSize.SingleColumn };
        var figure = options.NewFigure(string.Create(CultureInfo.InvariantCulture, $"Scatter plot of client against therapist scores for {pairs.Count} pairs, with identity and regression lines."));
        var panel = figure.AddPanel();
        var client = pairs.Select(p => p.Client).ToArray();
        var therapist = pairs.Select(p => p.Therapist).ToArray();
        panel.X.Label = "Client: " + scale.Label;
        panel.Y.Label = "Therapist: " + scale.Label;
        (panel.X.TickCount, panel.Y.TickCount) = (6, 6);

        // A common range on both axes: the instrument's range when known, else the pooled data range.
        var pooled = client.Concat(therapist).Where(Rendering.DataExtent.IsUsable).ToArray();
        var lo = scale.Min ?? (pooled.Length > 0 ? pooled.Min() : (double?)null);
        var hi = scale.Max ?? (pooled.Length > 0 ? pooled.Max() : (double?)null);
        if (lo < hi)
        {
            var pad = scale.Min is null ? 0.04 * (hi - lo) : 0;
            (panel.X.Min, panel.X.Max, panel.Y.Min, panel.Y.Max) = (lo - pad, hi + pad, lo - pad, hi + pad);
        }

        panel.Add(ReferenceLine.Identity());
        panel.Add(new ScatterSeries(client, therapist) { Name = "Pairs", PointLabels = pairs.Select(p => p.Label).ToArray() });
        panel.Add(new RegressionLine(client, therapist) { Name = "OLS fit" });
        return figure;
    }
}
