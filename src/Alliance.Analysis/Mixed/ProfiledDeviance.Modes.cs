namespace Alliance.Analysis.Mixed;

internal sealed partial class ProfiledDeviance
{
    /// <summary>(R_XᵀR_X)⁻¹ of the last evaluation; times σ² it is the covariance of β̂.</summary>
    public double[] UnscaledFixedCovariance()
    {
        var p = _design.P;
        var inverse = new double[p * p];
        var e = new double[p];
        for (var c = 0; c < p; c++)
        {
            Array.Clear(e);
            e[c] = 1;
            SmallMatrix.ForwardSolve(_rxtrx, 0, p, e, 0, 1);
            SmallMatrix.BackSolve(_rxtrx, 0, p, e, 0);
            for (var r = 0; r < p; r++)
            {
                inverse[r * p + c] = e[r];
            }
        }
        return inverse;
    }

    /// <summary>
    /// Conditional modes b = Λu of the last evaluation, per term as [level][column]:
    /// u = L⁻ᵀ(c_u − R_ZX β̂), back-substituting block 2 first, then each level of block 1.
    /// </summary>
    public double[][][] ConditionalModes()
    {
        var terms = _design.Terms;
        var p = _design.P;
        var p1 = _cp.P1;
        var u2 = new double[_cp.Q2];
        for (var i = 0; i < _cp.Q2; i++)
        {
            var s = _cu2[i];
            for (var k = 0; k < p; k++)
            {
                s -= _rzx2[i * p + k] * _beta[k];
            }
            u2[i] = s;
        }
        if (_cp.Q2 > 0)
        {
            _a22.BackSolve(u2);
        }
        var modes = terms.Select(t => t.Levels.Select(_ => new double[t.Columns]).ToArray()).ToArray();
        var u1 = new double[p1];
        for (var j = 0; j < _cp.Levels1; j++)
        {
            for (var i = 0; i < p1; i++)
            {
                var s = _cu1[j * p1 + i];
                for (var k = 0; k < p; k++)
                {
                    s -= _rzx1[(j * p1 + i) * p + k] * _beta[k];
                }
                u1[i] = s;
            }
            var cross = _cp.Cross[j];
            for (var e = 0; e < cross.Length; e++)
            {
                var pa = terms[_cp.BlockTerm[cross[e].Block]].Columns;
                var oa = _blockOffset[cross[e].Block];
                for (var r = 0; r < pa; r++)
                {
                    for (var k = 0; k < p1; k++)
                    {
                        u1[k] -= _l21[j][e][r * p1 + k] * u2[oa + r];
                    }
                }
            }
            SmallMatrix.BackSolve(_l1, j * p1 * p1, p1, u1, 0);
            var o = 0;
            foreach (var t in _cp.Block1Terms)
            {
                Multiply(_lambda[t], terms[t].Columns, u1, o, modes[t][j]);
                o += terms[t].Columns;
            }
        }
        for (var block = 0; block < _blockOffset.Length; block++)
        {
            var t = _cp.BlockTerm[block];
            Multiply(_lambda[t], terms[t].Columns, u2, _blockOffset[block], modes[t][block - _cp.BlockStart[t]]);
        }
        return modes;
    }

    private static void Multiply(double[] lambda, int n, double[] u, int offset, double[] result)
    {
        for (var r = 0; r < n; r++)
        {
            var s = 0.0;
            for (var c = 0; c <= r; c++)
            {
                s += lambda[r * n + c] * u[offset + c];
            }
            result[r] = s;
        }
    }
}
