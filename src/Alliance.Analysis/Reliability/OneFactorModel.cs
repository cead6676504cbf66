using MathNet.Numerics.LinearAlgebra;

namespace Alliance.Analysis.Reliability;

/// <summary>
/// A one-factor model fitted to a correlation matrix by minimum residual (minres / unweighted least
/// squares on the off-diagonal), the estimator of <c>psych::fa(r, 1, fm = "minres")</c>.
/// psych minimises Σᵢ&lt;ⱼ (rᵢⱼ − λᵢλⱼ)² over the uniquenesses ψ with L-BFGS-B, λ being the first
/// eigenvector of R with diagonal 1 − ψ scaled by √(eigenvalue), ψ bounded to [0.005, max(1, SMC)],
/// started at 1 − SMC. Its stationary points are exactly the fixed points ψ = 1 − λ(ψ)² (Harman's
/// iterated principal axes), so this fit iterates that map to full precision (|Δψ| &lt; 1e-13) with the
/// same bounds and start; the result equals psych's optimiser output to its own convergence tolerance
/// (about 1e-9 in ω). Uniquenesses are reported as 1 − λ², as psych does.
/// </summary>
public sealed record OneFactorModel(
    IReadOnlyList<double> Loadings,
    IReadOnlyList<double> Uniquenesses,
    int Iterations,
    bool Converged)
{
    private const double LowerBound = 0.005;
    private const double Tolerance = 1e-13;
    private const int MaxIterations = 100_000;

    /// <summary>Fits the model to a k × k correlation matrix (k ≥ 2, no NaN). Loadings are oriented so their sum is positive.</summary>
    public static OneFactorModel FitMinres(double[,] correlation)
    {
        ArgumentNullException.ThrowIfNull(correlation);
        var k = correlation.GetLength(0);
        var r = Matrix<double>.Build.DenseOfArray(correlation);
        var smc = SquaredMultipleCorrelations(r);
        var upper = Math.Max(1.0, smc.Max());
        var psi = smc.Select(s => Math.Clamp(1 - s, LowerBound, upper)).ToArray();
        var loadings = new double[k];
        var converged = false;
        var iteration = 0;
        while (iteration < MaxIterations && !converged)
        {
            iteration++;
            FirstFactor(r, psi, loadings);
            var change = 0.0;
            for (var i = 0; i < k; i++)
            {
                var next = Math.Clamp(r[i, i] - loadings[i] * loadings[i], LowerBound, upper);
                change = Math.Max(change, Math.Abs(next - psi[i]));
                psi[i] = next;
            }
            converged = change < Tolerance;
        }
        FirstFactor(r, psi, loadings);
        if (loadings.Sum() < 0)
        {
            for (var i = 0; i < k; i++)
            {
                loadings[i] = -loadings[i];
            }
        }
        var uniquenesses = loadings.Select((l, i) => r[i, i] - l * l).ToArray();
        return new OneFactorModel(loadings, uniquenesses, iteration, converged);
    }

    // psych::fa's FAout.wls: first eigenvector of R with diagonal R_ii − ψ_i, times √max(eigenvalue, 0).
    private static void FirstFactor(Matrix<double> r, double[] psi, double[] loadings)
    {
        var reduced = r.Clone();
        for (var i = 0; i < psi.Length; i++)
        {
            reduced[i, i] = r[i, i] - psi[i];
        }
        var evd = reduced.Evd(Symmetricity.Symmetric);
        var top = 0;
        for (var i = 1; i < psi.Length; i++)
        {
            if (evd.EigenValues[i].Real > evd.EigenValues[top].Real)
            {
                top = i;
            }
        }
        var scale = Math.Sqrt(Math.Max(evd.EigenValues[top].Real, 0));
        for (var i = 0; i < psi.Length; i++)
        {
            loadings[i] = evd.EigenVectors[i, top] * scale;
        }
    }

    // psych::smc: 1 − 1/diag(R⁻¹), with a pseudo-inverse when R is singular (pairwise matrices can be).
    private static double[] SquaredMultipleCorrelations(Matrix<double> r)
    {
        var inverse = r.Determinant() > 1e-12 ? r.Inverse() : r.PseudoInverse();
        return Enumerable.Range(0, r.RowCount).Select(i => Math.Clamp(1 - 1 / inverse[i, i], 0, 1)).ToArray();
    }
}
