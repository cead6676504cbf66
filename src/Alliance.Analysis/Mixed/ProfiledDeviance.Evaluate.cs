namespace Alliance.Analysis.Mixed;

internal sealed partial class ProfiledDeviance
{
    /// <summary>Penalised weighted residual sum of squares r²(θ) of the last evaluation.</summary>
    public double Pwrss { get; private set; }

    /// <summary>log|L|² of the last evaluation.</summary>
    public double LogDetL { get; private set; }

    /// <summary>log|R_X|² of the last evaluation.</summary>
    public double LogDetRX { get; private set; }


    /// <summary>
    /// −2 log-likelihood (ML) or the REML criterion at θ, profiled over β and σ:
    /// ML: log|L|² + n(1 + log(2πr²/n)); REML: log|L|² + log|R_X|² + (n−p)(1 + log(2πr²/(n−p))).
    /// +∞ where a factorisation fails.
    /// </summary>
    public double Evaluate(ReadOnlySpan<double> theta)
    {
        if (!Solve(theta))
        {
            return double.PositiveInfinity;
        }
        var n = (double)_design.N;
        var df = Reml ? n - _design.P : n;
        var dev = LogDetL + df * (1 + Math.Log(2 * Math.PI * Pwrss / df));
        return Reml ? dev + LogDetRX : dev;
    }

    /// <summary>The ML deviance at θ whatever criterion the model optimises (lme4's <c>deviance(m, REML = FALSE)</c>).</summary>
    public double MlDeviance()
    {
        var n = (double)_design.N;
        return LogDetL + n * (1 + Math.Log(2 * Math.PI * Pwrss / n));
    }

    private bool Solve(ReadOnlySpan<double> theta)
    {
        SetLambda(theta);
        var terms = _design.Terms;
        var p = _design.P;
        var p1 = _cp.P1;
        var logDet = 0.0;
        var a = _scratch2;
        for (var j = 0; j < _cp.Levels1; j++)
        {
            var lo = j * p1 * p1;
            Array.Copy(_cp.M1, lo, a, 0, p1 * p1);
            SmallMatrix.CongruenceInto(_lambda1, p1, a, _lambda1, p1, a, _scratch);
            Array.Copy(a, 0, _l1, lo, p1 * p1);
            for (var i = 0; i < p1; i++)
            {
                _l1[lo + i * p1 + i] += 1;
            }
            if (!SmallMatrix.Cholesky(_l1, lo, p1))
            {
                return false;
            }
            for (var i = 0; i < p1; i++)
            {
                logDet += Math.Log(_l1[lo + i * p1 + i]);
            }
            SmallMatrix.TransposeTimes(_lambda1, p1, _cp.Z1X, j * p1 * p, p, _rzx1, j * p1 * p);
            SmallMatrix.ForwardSolve(_l1, lo, p1, _rzx1, j * p1 * p, p);
            SmallMatrix.TransposeTimes(_lambda1, p1, _cp.Z1y, j * p1, 1, _cu1, j * p1);
            SmallMatrix.ForwardSolve(_l1, lo, p1, _cu1, j * p1, 1);
            var cross = _cp.Cross[j];
            for (var e = 0; e < cross.Length; e++)
            {
                var t = _cp.BlockTerm[cross[e].Block];
                var pt = terms[t].Columns;
                var w = _l21[j][e];
                SmallMatrix.CongruenceInto(_lambda[t], pt, cross[e].Values, _lambda1, p1, w, _scratch);
                // L21 = W·L⁻ᵀ: each row r of W solves L·xᵀ = wᵀ.
                for (var r = 0; r < pt; r++)
                {
                    for (var i = 0; i < p1; i++)
                    {
                        var s = w[r * p1 + i];
                        for (var k = 0; k < i; k++)
                        {
                            s -= _l1[lo + i * p1 + k] * w[r * p1 + k];
                        }
                        w[r * p1 + i] = s / _l1[lo + i * p1 + i];
                    }
                }
            }
        }
        LogDetL = 2 * logDet;
        if (_cp.Q2 > 0)
        {
            if (!SolveBlock2())
            {
                return false;
            }
            LogDetL += _a22.LogDeterminant();
        }
        return SolveFixed();
    }
}
