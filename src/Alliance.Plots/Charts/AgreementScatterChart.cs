using Alliance.Plots.Scales;

namespace Alliance.Plots.Charts;

/// <summary>
/// Client (x) against therapist (y) scores with the identity line (perfect agreement) and the
/// OLS regression line of therapist on client (R <c>lm(therapist ~ client)</c>). Both axes share
/// one range so the identity line runs at 45°. Points are semi-transparent, so tied pairs show darker.
/// </summary>
public static class AgreementScatterChart
{
    /// <summary>Client against therapist scores; the axes use the scale's range when it has one.</summary>
    public static Figure Create(IReadOnlyList<RatingPair> pairs, ScoreScale scale, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(scale);
        options ??= new ChartOptions { Height = FigureSize.SingleColumn };
        var figure = options.NewFigure(ChartWording.Format("chart.agreement.description", pairs.Count));
        var panel = figure.AddPanel();
        var client = pairs.Select(p => p.Client).ToArray();
        var therapist = pairs.Select(p => p.Therapist).ToArray();
        panel.X.Label = ChartWording.Format("chart.axis.client", scale.Label);
        panel.Y.Label = ChartWording.Format("chart.axis.therapist", scale.Label);
        (panel.X.TickCount, panel.Y.TickCount) = (6, 6);

        // A common range on both axes: the instrument's range when known, else the pooled data range.
        var pooled = client.Concat(therapist).Where(DataExtent.IsUsable).ToArray();
        var lo = scale.Min ?? (pooled.Length > 0 ? pooled.Min() : (double?)null);
        var hi = scale.Max ?? (pooled.Length > 0 ? pooled.Max() : (double?)null);
        if (lo < hi)
        {
            var pad = scale.Min is null ? 0.04 * (hi - lo) : 0;
            (panel.X.Min, panel.X.Max, panel.Y.Min, panel.Y.Max) = (lo - pad, hi + pad, lo - pad, hi + pad);
        }

        panel.AddIdentityLine();
        panel.AddPoints(client, therapist, Palette.Blue, ChartWording.Get("chart.pairs"), BlandAltmanPlot.PointOpacity);
        panel.AddTooltips(client, therapist, [.. pairs.Select(p => p.Label + ": " + ValueText.Format(p.Client) + ", " + ValueText.Format(p.Therapist))]);
        panel.AddRegressionLine(client, therapist, Palette.Vermillion, ChartWording.Get("chart.ols"));
        return figure;
    }
}
