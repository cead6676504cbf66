using Alliance.Analysis.Descriptives;
using Alliance.Plots.Rendering;

namespace Alliance.Plots.Layers;

/// <summary>
/// The OLS line of Y on X (<see cref="LeastSquaresLine"/>, R <c>lm(y ~ x)</c>) drawn over the
/// observed x range; nothing is drawn when the fit is undefined (fewer than two points, constant x).
/// </summary>
public sealed class RegressionLine : Layer
{
    /// <summary>Fits the OLS line of y on x at construction.</summary>
    public RegressionLine(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        X = x;
        Y = y;
        // Points the panel cannot draw (see DataExtent.IsUsable) are left out of the fit as they are out of the picture.
        var usable = Enumerable.Range(0, Math.Min(x.Count, y.Count)).Where(i => PanelCanvas.Usable(x[i], y[i])).ToArray();
        Fit = LeastSquaresLine.Fit([.. usable.Select(i => x[i])], [.. usable.Select(i => y[i])]);
        Color = Palette.Vermillion;
    }

    /// <summary>Predictor values.</summary>
    public IReadOnlyList<double> X { get; }

    /// <summary>Outcome values.</summary>
    public IReadOnlyList<double> Y { get; }

    /// <summary>The fitted line, or <c>null</c> when undefined.</summary>
    public LeastSquaresLine? Fit { get; }

    internal override IEnumerable<LegendEntry> LegendEntries() =>
        Fit is null ? [] : base.LegendEntries();

    internal override void Measure(DataExtent extent)
    {
        for (var i = 0; i < Math.Min(X.Count, Y.Count); i++)
        {
            extent.Include(X[i], Y[i]);
        }
    }

    internal override void Render(PanelCanvas canvas)
    {
        if (Fit is null)
        {
            return;
        }

        var xs = Enumerable.Range(0, Math.Min(X.Count, Y.Count)).Where(i => PanelCanvas.Usable(X[i], Y[i])).Select(i => X[i]).ToArray();
        var (lo, hi) = (xs.Min(), xs.Max());
        var (ylo, yhi) = (Fit.Intercept + (Fit.Slope * lo), Fit.Intercept + (Fit.Slope * hi));
        if (!PanelCanvas.Usable(ylo, yhi))
        {
            return;
        }

        var tip = "OLS: y = " + ValueText.Format(Fit.Intercept) + " + " + ValueText.Format(Fit.Slope) + " x (n = " + Fit.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
        var path = new PathData().MoveTo(canvas.X.Map(lo), canvas.Y.Map(ylo)).LineTo(canvas.X.Map(hi), canvas.Y.Map(yhi));
        canvas.Writer.Path(path.ToString(), Color, 1.2, "none", title: tip);
    }
}
