namespace Alliance.Analysis.Mixed;

/// <summary>Outcome of a derivative-free minimisation.</summary>
internal sealed record OptimizerResult(double[] X, double Value, int Evaluations, bool Converged, string Message);

/// <summary>
/// Nelder–Mead simplex minimisation (Nelder &amp; Mead 1965; coefficients 1, 2, ½, ½) with simple bounds,
/// enforced by projecting every trial point onto the box, and restarts from the best vertex with a fresh
/// simplex until a restart no longer improves the value (guards against the simplex collapsing early,
/// a known weakness of Nelder–Mead). lme4's own <c>Nelder_Mead</c> is bounded the same way.
/// </summary>
internal sealed class BoundedNelderMead
{
    public int MaxEvaluations { get; init; } = 20000;

    /// <summary>Stop when the spread of values over the simplex is at most this, relative to |f| + 1e-8.</summary>
    public double RelativeTolerance { get; init; } = 1e-9;

    /// <summary>Stop when every vertex is within this distance (per coordinate) of the best one.</summary>
    public double StepTolerance { get; init; } = 1e-5;

    public int MaxRestarts { get; init; } = 6;

    public OptimizerResult Minimize(Func<double[], double> f, double[] start, double[] lower)
    {
        var evaluations = 0;
        double Eval(double[] x)
        {
            evaluations++;
            return f(x);
        }
        var best = Project(start, lower);
        var bestValue = Eval(best);
        var step = 0.25;
        for (var restart = 0; restart <= MaxRestarts; restart++)
        {
            var (x, value, done) = Run(Eval, best, lower, step, () => evaluations);
            var improved = bestValue - value;
            if (value <= bestValue)
            {
                best = x;
                bestValue = value;
            }
            if (!done)
            {
                return new OptimizerResult(best, bestValue, evaluations, false,
                    $"the optimiser stopped after the maximum of {MaxEvaluations} function evaluations without meeting its tolerance");
            }
            if (restart > 0 && improved <= RelativeTolerance * 100 * (Math.Abs(bestValue) + 1e-8))
            {
                break;
            }
            step = 0.01;
        }
        return new OptimizerResult(best, bestValue, evaluations, true, "converged");
    }

    private (double[] X, double Value, bool Done) Run(Func<double[], double> eval, double[] start, double[] lower, double step, Func<int> used)
    {
        var n = start.Length;
        var simplex = new double[n + 1][];
        var values = new double[n + 1];
        simplex[0] = (double[])start.Clone();
        values[0] = eval(simplex[0]);
        for (var i = 0; i < n; i++)
        {
            var v = (double[])start.Clone();
            var h = step * Math.Max(1, Math.Abs(start[i]));
            v[i] = start[i] + h;
            simplex[i + 1] = v;
            values[i + 1] = eval(v);
        }
        var centroid = new double[n];
        while (true)
        {
            var order = Enumerable.Range(0, n + 1).OrderBy(i => values[i]).ToArray();
            simplex = order.Select(i => simplex[i]).ToArray();
            values = order.Select(i => values[i]).ToArray();
            if (Converged(simplex, values))
            {
                return (simplex[0], values[0], true);
            }
            if (used() >= MaxEvaluations)
            {
                return (simplex[0], values[0], false);
            }
            Array.Clear(centroid);
            for (var i = 0; i < n; i++)
            {
                for (var k = 0; k < n; k++)
                {
                    centroid[k] += simplex[i][k] / n;
                }
            }
            var worst = simplex[n];
            var reflected = Along(centroid, worst, -1, lower);
            var fr = eval(reflected);
            if (fr < values[0])
            {
                var expanded = Along(centroid, worst, -2, lower);
                var fe = eval(expanded);
                (simplex[n], values[n]) = fe < fr ? (expanded, fe) : (reflected, fr);
                continue;
            }
            if (fr < values[n - 1])
            {
                (simplex[n], values[n]) = (reflected, fr);
                continue;
            }
            var outside = fr < values[n];
            var contracted = Along(centroid, worst, outside ? -0.5 : 0.5, lower);
            var fc = eval(contracted);
            if (fc < (outside ? fr : values[n]))
            {
                (simplex[n], values[n]) = (contracted, fc);
                continue;
            }
            for (var i = 1; i <= n; i++)
            {
                for (var k = 0; k < n; k++)
                {
                    simplex[i][k] = simplex[0][k] + 0.5 * (simplex[i][k] - simplex[0][k]);
                }
                values[i] = eval(simplex[i]);
            }
        }
    }

    private bool Converged(double[][] simplex, double[] values)
    {
        if (values[^1] - values[0] <= RelativeTolerance * (Math.Abs(values[0]) + 1e-8))
        {
            return true;
        }
        for (var i = 1; i < simplex.Length; i++)
        {
            for (var k = 0; k < simplex[0].Length; k++)
            {
                if (Math.Abs(simplex[i][k] - simplex[0][k]) > StepTolerance * Math.Max(1, Math.Abs(simplex[0][k])))
                {
                    return false;
                }
            }
        }
        return true;
    }

    // centroid + coefficient·(worst − centroid), projected onto the box.
    private static double[] Along(double[] centroid, double[] worst, double coefficient, double[] lower)
    {
        var x = new double[centroid.Length];
        for (var k = 0; k < x.Length; k++)
        {
            x[k] = Math.Max(lower[k], centroid[k] + coefficient * (worst[k] - centroid[k]));
        }
        return x;
    }

    private static double[] Project(double[] x, double[] lower) => x.Select((v, k) => Math.Max(lower[k], v)).ToArray();
}
