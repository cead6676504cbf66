namespace Alliance.Analysis.Mixed;

/// <summary>
/// The profiled (RE)ML deviance of a linear mixed model as a function of θ, the parameters of the
/// relative covariance factor Λθ (Bates, Mächler, Bolker &amp; Walker 2015, J Stat Softw 67(1), eqs. 34 and 41).
/// Each evaluation factors LLᵀ = ΛᵀZᵀZΛ + I blockwise — one small Cholesky per level of the largest
/// grouping factor, then an envelope Cholesky of the Schur complement of the other terms — and solves
/// the penalised least-squares problem from precomputed cross-products, so its cost does not grow with n.
/// </summary>
internal sealed partial class ProfiledDeviance
{
    private readonly MixedDesign _design;
    private readonly CrossProducts _cp;
    private readonly SkylineCholesky _a22;
    private readonly double[][] _lambda;
    private readonly double[] _lambda1;
    private readonly double[] _l1;
    private readonly double[] _rzx1;
    private readonly double[] _cu1;
    private readonly double[][][] _l21;
    private readonly double[] _rzx2;
    private readonly double[] _cu2;
    private readonly double[] _rxtrx;
    private readonly double[] _cbeta;
    private readonly double[] _scratch;
    private readonly double[] _scratch2;
    private readonly double[] _beta;
    private readonly double[] _ols;
    private readonly int[] _blockOffset;

    public ProfiledDeviance(MixedDesign design, bool reml)
    {
        _design = design;
        Reml = reml;
        // Work with y − Xβ₀ (β₀ the least-squares fit): the mixed model's solution is the same up to β₀,
        // and r² = yᵀy − ‖c_u‖² − ‖c_β‖² then no longer cancels away digits when y has a large mean.
        _ols = LeastSquares(design);
        var shifted = new double[design.N];
        for (var i = 0; i < shifted.Length; i++)
        {
            var fitted = 0.0;
            for (var k = 0; k < design.P; k++)
            {
                fitted += design.X[i * design.P + k] * _ols[k];
            }
            shifted[i] = design.Y[i] - fitted;
        }
        _cp = new CrossProducts(design, shifted);
        var terms = design.Terms;
        ThetaOffset = new int[terms.Count];
        var lower = new List<double>();
        for (var t = 0; t < terms.Count; t++)
        {
            ThetaOffset[t] = lower.Count;
            var pt = terms[t].Columns;
            for (var c = 0; c < pt; c++)
            {
                for (var r = c; r < pt; r++)
                {
                    lower.Add(r == c ? 0 : double.NegativeInfinity);
                }
            }
        }
        Lower = [.. lower];
        _blockOffset = _cp.BlockTerm.Select((t, block) => _cp.ScalarStart[t] + (block - _cp.BlockStart[t]) * terms[t].Columns).ToArray();
        _lambda = terms.Select(t => new double[t.Columns * t.Columns]).ToArray();
        var p = design.P;
        var p1 = _cp.P1;
        _lambda1 = new double[p1 * p1];
        _l1 = new double[_cp.Levels1 * p1 * p1];
        _rzx1 = new double[_cp.Levels1 * p1 * p];
        _cu1 = new double[_cp.Levels1 * p1];
        _l21 = _cp.Cross.Select(list => list.Select(e => new double[e.Values.Length]).ToArray()).ToArray();
        _a22 = new SkylineCholesky(Envelope());
        _rzx2 = new double[_cp.Q2 * p];
        _cu2 = new double[_cp.Q2];
        _rxtrx = new double[p * p];
        _cbeta = new double[p];
        _beta = new double[p];
        var widest = Math.Max(p1, terms.Max(t => t.Columns));
        _scratch = new double[widest * Math.Max(widest, p)];
        _scratch2 = new double[widest * Math.Max(widest, p)];
    }

    public bool Reml { get; }

    /// <summary>Lower bounds of θ: 0 for diagonal elements of each Λ block, −∞ below the diagonal (lme4's convention).</summary>
    public double[] Lower { get; }

    /// <summary>Where each term's θ starts (its block's lower triangle in column-major order).</summary>
    public int[] ThetaOffset { get; }

    public MixedDesign Design => _design;

    /// <summary>lme4's starting value: identity blocks.</summary>
    public double[] Start() => Lower.Select(l => l == 0 ? 1.0 : 0.0).ToArray();

    private static double[] LeastSquares(MixedDesign design)
    {
        var p = design.P;
        var xtx = new double[p * p];
        var xty = new double[p];
        for (var i = 0; i < design.N; i++)
        {
            for (var a = 0; a < p; a++)
            {
                var xa = design.X[i * p + a];
                xty[a] += xa * design.Y[i];
                for (var b = 0; b <= a; b++)
                {
                    xtx[a * p + b] += xa * design.X[i * p + b];
                }
            }
        }
        if (!SmallMatrix.Cholesky(xtx, 0, p))
        {
            // The data, not the formula: MixedDesign already drops columns that are collinear within lme4's tolerance.
            throw new AnalysisInputException($"the fixed-effects model matrix is rank deficient (columns: {string.Join(", ", design.FixedNames)})");
        }
        SmallMatrix.ForwardSolve(xtx, 0, p, xty, 0, 1);
        SmallMatrix.BackSolve(xtx, 0, p, xty, 0);
        return xty;
    }

    private int[] Envelope()
    {
        var first = Enumerable.Range(0, _cp.Q2).ToArray();
        int Offset(int block) => _blockOffset[block];
        int Width(int block) => _design.Terms[_cp.BlockTerm[block]].Columns;
        void Touch(int a, int b)
        {
            var (hi, lo) = a >= b ? (a, b) : (b, a);
            var oh = Offset(hi);
            var ol = Offset(lo);
            for (var r = 0; r < Width(hi); r++)
            {
                first[oh + r] = Math.Min(first[oh + r], ol);
            }
        }
        foreach (var (a, b, _) in _cp.Z2Z2)
        {
            Touch(a, b);
        }
        foreach (var list in _cp.Cross)
        {
            for (var x = 0; x < list.Length; x++)
            {
                for (var y = 0; y <= x; y++)
                {
                    Touch(list[x].Block, list[y].Block);
                }
            }
        }
        return first;
    }

    private void SetLambda(ReadOnlySpan<double> theta)
    {
        var terms = _design.Terms;
        for (var t = 0; t < terms.Count; t++)
        {
            var pt = terms[t].Columns;
            var m = _lambda[t];
            Array.Clear(m);
            var k = ThetaOffset[t];
            for (var c = 0; c < pt; c++)
            {
                for (var r = c; r < pt; r++)
                {
                    m[r * pt + c] = theta[k++];
                }
            }
        }
        var p1 = _cp.P1;
        Array.Clear(_lambda1);
        var o = 0;
        foreach (var t in _cp.Block1Terms)
        {
            var pt = terms[t].Columns;
            for (var r = 0; r < pt; r++)
            {
                for (var c = 0; c < pt; c++)
                {
                    _lambda1[(o + r) * p1 + o + c] = _lambda[t][r * pt + c];
                }
            }
            o += pt;
        }
    }
}
