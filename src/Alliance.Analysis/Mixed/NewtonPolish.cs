namespace Alliance.Analysis.Mixed;

/// <summary>
/// A few Newton steps with central finite-difference gradient and Hessian on the coordinates of θ that are
/// not at their bound, each accepted only when it lowers the criterion. The simplex stops where the
/// criterion is flat to ~1e-11, which leaves θ good to only ~1e-6; polishing brings the estimates to the
/// optimum so they agree with a tightly converged lme4 well within 1e-6.
/// </summary>
internal static class NewtonPolish
{
    public static (double[] X, double Value, int Evaluations) Run(Func<double[], double> f, double[] start, double startValue, double[] lower, int iterations = 8)
    {
        var x = (double[])start.Clone();
        var fx = startValue;
        var evaluations = 0;
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var free = Enumerable.Range(0, x.Length).Where(i => x[i] - lower[i] > 1e-6).ToArray();
            if (free.Length == 0)
            {
                break;
            }
            var (gradient, hessian, used) = Derivatives(f, x, fx, free);
            evaluations += used;
            var step = Solve(hessian, gradient);
            if (step is null)
            {
                break;
            }
            var improved = false;
            for (var scale = 1.0; scale > 1e-3; scale /= 4)
            {
                var trial = (double[])x.Clone();
                for (var k = 0; k < free.Length; k++)
                {
                    trial[free[k]] = Math.Max(lower[free[k]], x[free[k]] - scale * step[k]);
                }
                var ft = f(trial);
                evaluations++;
                if (ft < fx)
                {
                    improved = fx - ft > 1e-13 * Math.Abs(fx);
                    x = trial;
                    fx = ft;
                    break;
                }
            }
            if (!improved)
            {
                break;
            }
        }
        return (x, fx, evaluations);
    }

    private static (double[] Gradient, double[,] Hessian, int Evaluations) Derivatives(Func<double[], double> f, double[] x, double fx, int[] free)
    {
        var m = free.Length;
        var h = free.Select(i => 1e-4 * Math.Max(0.1, Math.Abs(x[i]))).ToArray();
        var gradient = new double[m];
        var hessian = new double[m, m];
        var evaluations = 0;
        double At(int a, double da, int b, double db)
        {
            var y = (double[])x.Clone();
            y[free[a]] += da;
            if (b >= 0)
            {
                y[free[b]] += db;
            }
            evaluations++;
            return f(y);
        }
        var plus = new double[m];
        var minus = new double[m];
        for (var a = 0; a < m; a++)
        {
            plus[a] = At(a, h[a], -1, 0);
            minus[a] = At(a, -h[a], -1, 0);
            gradient[a] = (plus[a] - minus[a]) / (2 * h[a]);
            hessian[a, a] = (plus[a] - 2 * fx + minus[a]) / (h[a] * h[a]);
        }
        for (var a = 0; a < m; a++)
        {
            for (var b = 0; b < a; b++)
            {
                var pp = At(a, h[a], b, h[b]);
                var mm = At(a, -h[a], b, -h[b]);
                // f(x+ha+hb) + f(x−ha−hb) = 2f + h_a²f_aa + h_b²f_bb + 2h_a h_b f_ab + O(h⁴)
                var v = (pp + mm - 2 * fx - h[a] * h[a] * hessian[a, a] - h[b] * h[b] * hessian[b, b]) / (2 * h[a] * h[b]);
                hessian[a, b] = v;
                hessian[b, a] = v;
            }
        }
        return (gradient, hessian, evaluations);
    }

    // Newton step H⁻¹g by Cholesky; null when H is not positive definite (not near a minimum).
    private static double[]? Solve(double[,] hessian, double[] gradient)
    {
        var m = gradient.Length;
        var a = new double[m * m];
        for (var r = 0; r < m; r++)
        {
            for (var c = 0; c < m; c++)
            {
                a[r * m + c] = hessian[r, c];
            }
        }
        if (!SmallMatrix.Cholesky(a, 0, m))
        {
            return null;
        }
        var step = (double[])gradient.Clone();
        SmallMatrix.ForwardSolve(a, 0, m, step, 0, 1);
        SmallMatrix.BackSolve(a, 0, m, step, 0);
        return step;
    }
}
