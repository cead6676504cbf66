namespace Alliance.Analysis.Mixed;

internal sealed partial class ProfiledDeviance
{
    /// <summary>Fixed effects β̂(θ) of the last evaluation.</summary>
    public double[] Beta() => _beta.Select((b, k) => b + _ols[k]).ToArray();

    // The Schur complement of block 2: A22 = Λ₂ᵀZ₂ᵀZ₂Λ₂ + I − L21·L21ᵀ, then its envelope Cholesky,
    // and the block-2 rows of R_ZX and c_u.
    private bool SolveBlock2()
    {
        var terms = _design.Terms;
        var p = _design.P;
        var p1 = _cp.P1;
        var v = _a22.Values;
        _a22.Clear();
        for (var i = 0; i < _cp.Q2; i++)
        {
            v[_a22.Index(i, i)] = 1;
        }
        foreach (var (a, b, m) in _cp.Z2Z2)
        {
            var ta = _cp.BlockTerm[a];
            var tb = _cp.BlockTerm[b];
            var pa = terms[ta].Columns;
            var pb = terms[tb].Columns;
            SmallMatrix.CongruenceInto(_lambda[ta], pa, m, _lambda[tb], pb, _scratch2, _scratch);
            var oa = _blockOffset[a];
            var ob = _blockOffset[b];
            for (var r = 0; r < pa; r++)
            {
                for (var c = 0; c < pb && ob + c <= oa + r; c++)
                {
                    v[_a22.Index(oa + r, ob + c)] += _scratch2[r * pb + c];
                }
            }
        }
        Array.Clear(_rzx2);
        Array.Clear(_cu2);
        for (var block = 0; block < _blockOffset.Length; block++)
        {
            var t = _cp.BlockTerm[block];
            var pt = terms[t].Columns;
            var o = _blockOffset[block];
            SmallMatrix.TransposeTimes(_lambda[t], pt, _cp.Z2X, o * p, p, _rzx2, o * p);
            SmallMatrix.TransposeTimes(_lambda[t], pt, _cp.Z2y, o, 1, _cu2, o);
        }
        for (var j = 0; j < _cp.Levels1; j++)
        {
            var cross = _cp.Cross[j];
            var l21 = _l21[j];
            for (var e = 0; e < cross.Length; e++)
            {
                var pa = terms[_cp.BlockTerm[cross[e].Block]].Columns;
                var oa = _blockOffset[cross[e].Block];
                var le = l21[e];
                for (var f = 0; f <= e; f++)
                {
                    var pb = terms[_cp.BlockTerm[cross[f].Block]].Columns;
                    var ob = _blockOffset[cross[f].Block];
                    var lf = l21[f];
                    for (var r = 0; r < pa; r++)
                    {
                        for (var c = 0; c < pb && ob + c <= oa + r; c++)
                        {
                            var s = 0.0;
                            for (var k = 0; k < p1; k++)
                            {
                                s += le[r * p1 + k] * lf[c * p1 + k];
                            }
                            v[_a22.Index(oa + r, ob + c)] -= s;
                        }
                    }
                }
                for (var r = 0; r < pa; r++)
                {
                    for (var k = 0; k < p1; k++)
                    {
                        var w = le[r * p1 + k];
                        _cu2[oa + r] -= w * _cu1[j * p1 + k];
                        for (var c = 0; c < p; c++)
                        {
                            _rzx2[(oa + r) * p + c] -= w * _rzx1[(j * p1 + k) * p + c];
                        }
                    }
                }
            }
        }
        if (!_a22.Factorize())
        {
            return false;
        }
        for (var c = 0; c < p; c++)
        {
            _a22.ForwardSolve(_rzx2, p, c);
        }
        _a22.ForwardSolve(_cu2, 1, 0);
        return true;
    }

    // R_XᵀR_X = XᵀX − R_ZXᵀR_ZX; c_β = R_X⁻ᵀ(Xᵀy − R_ZXᵀc_u); r² = yᵀy − ‖c_u‖² − ‖c_β‖².
    private bool SolveFixed()
    {
        var p = _design.P;
        var m = _rxtrx;
        Array.Copy(_cp.XtX, m, p * p);
        Array.Copy(_cp.Xty, _cbeta, p);
        var cu = 0.0;
        AddCrossProducts(_rzx1, _cu1, _cu1.Length, ref cu);
        AddCrossProducts(_rzx2, _cu2, _cu2.Length, ref cu);
        if (!SmallMatrix.Cholesky(m, 0, p))
        {
            return false;
        }
        SmallMatrix.ForwardSolve(m, 0, p, _cbeta, 0, 1);
        var cb = 0.0;
        var logDet = 0.0;
        for (var i = 0; i < p; i++)
        {
            cb += _cbeta[i] * _cbeta[i];
            logDet += Math.Log(m[i * p + i]);
        }
        LogDetRX = 2 * logDet;
        Pwrss = Math.Max(_cp.YtY - cu - cb, double.Epsilon);
        Array.Copy(_cbeta, _beta, p);
        SmallMatrix.BackSolve(m, 0, p, _beta, 0);
        return true;
    }

    private void AddCrossProducts(double[] rzx, double[] cuv, int rows, ref double cuSquares)
    {
        var p = _design.P;
        for (var i = 0; i < rows; i++)
        {
            var ci = cuv[i];
            cuSquares += ci * ci;
            for (var a = 0; a < p; a++)
            {
                var ra = rzx[i * p + a];
                _cbeta[a] -= ra * ci;
                for (var b = 0; b <= a; b++)
                {
                    _rxtrx[a * p + b] -= ra * rzx[i * p + b];
                }
            }
        }
    }
}
