using Alliance.Analysis.Descriptives;

namespace Alliance.Analysis.Agreement;

/// <summary>The ICC formulas, F tests and bounds of psych::ICC (2.2.9), term by term.</summary>
internal static class ShroutFleiss
{
    public static IccEstimate[] Estimates(TwoWayAnova a, int n, int k, double alpha)
    {
        var (msb, msw, msj, mse) = (a.MsBetweenTargets, a.MsWithinTargets, a.MsBetweenRaters, a.MsResidual);
        var icc1 = (msb - msw) / (msb + (k - 1) * msw);
        var icc2 = (msb - mse) / (msb + (k - 1) * mse + k * (msj - mse) / n);
        var icc3 = (msb - mse) / (msb + (k - 1) * mse);
        var icc1k = (msb - msw) / msb;
        var icc2k = (msb - mse) / (msb + (msj - mse) / n);
        var icc3k = (msb - mse) / msb;

        double df1 = n - 1, df1d = n * (k - 1.0), df2d = (n - 1.0) * (k - 1.0);
        var f1 = msb / msw;
        var f3 = msb / mse;
        var p1 = Distributions.FUpperTail(f1, df1, df1d);
        var p3 = Distributions.FUpperTail(f3, df1, df2d);
        var q = 1 - alpha / 2;

        var f1Low = f1 / Distributions.FQuantile(q, df1, df1d);
        var f1High = f1 * Distributions.FQuantile(q, df1d, df1);
        var f3Low = f3 / Distributions.FQuantile(q, df1, df2d);
        var f3High = f3 * Distributions.FQuantile(q, df2d, df1);

        // ICC(2,1) bounds: Satterthwaite df v for the denominator mix of MSJ and MSE (Shrout & Fleiss 1979, eq. 6).
        var fj = msj / mse;
        var vn = (k - 1.0) * (n - 1) * Math.Pow(k * icc2 * fj + n * (1 + (k - 1) * icc2) - k * icc2, 2);
        var vd = (n - 1.0) * k * k * icc2 * icc2 * fj * fj + Math.Pow(n * (1 + (k - 1) * icc2) - k * icc2, 2);
        var v = vn / vd;
        var fU = Distributions.FQuantile(q, n - 1, v);
        var fL = Distributions.FQuantile(q, v, n - 1);
        var denominator = k * msj + (k * n - k - n) * mse;
        var l2 = n * (msb - fU * mse) / (fU * denominator + n * msb);
        var u2 = n * (fL * msb - mse) / (denominator + n * fL * msb);

        return
        [
            new("ICC1", icc1, f1, df1, df1d, p1, (f1Low - 1) / (f1Low + k - 1), (f1High - 1) / (f1High + k - 1)),
            new("ICC2", icc2, f3, df1, df2d, p3, l2, u2),
            new("ICC3", icc3, f3, df1, df2d, p3, (f3Low - 1) / (f3Low + k - 1), (f3High - 1) / (f3High + k - 1)),
            new("ICC1k", icc1k, f1, df1, df1d, p1, 1 - 1 / f1Low, 1 - 1 / f1High),
            new("ICC2k", icc2k, f3, df1, df2d, p3, l2 * k / (1 + l2 * (k - 1)), u2 * k / (1 + u2 * (k - 1))),
            new("ICC3k", icc3k, f3, df1, df2d, p3, 1 - 1 / f3Low, 1 - 1 / f3High),
        ];
    }
}
