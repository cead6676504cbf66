namespace Alliance.Analysis.Mixed;

/// <summary>
/// Cholesky factorisation of a symmetric positive-definite matrix stored by its lower envelope
/// (row i holds columns First[i]..i). The factor has no fill outside the envelope, so nested
/// grouping factors (a diagonal Schur complement) cost O(q) and crossed ones O(Σ row widths²).
/// </summary>
internal sealed class SkylineCholesky
{
    private readonly int[] _first;
    private readonly int[] _start;

    public SkylineCholesky(int[] first)
    {
        _first = first;
        _start = new int[first.Length + 1];
        for (var i = 0; i < first.Length; i++)
        {
            _start[i + 1] = _start[i] + i - first[i] + 1;
        }
        Values = new double[_start[first.Length]];
    }

    public int Size => _first.Length;

    /// <summary>The matrix before <see cref="Factorize"/>, the factor L after.</summary>
    public double[] Values { get; }

    public int Index(int row, int column) => _start[row] + column - _first[row];

    public bool InEnvelope(int row, int column) => column >= _first[row] && column <= row;

    public void Clear() => Array.Clear(Values);

    public bool Factorize()
    {
        var v = Values;
        for (var i = 0; i < _first.Length; i++)
        {
            var fi = _first[i];
            var si = _start[i] - fi;
            for (var j = fi; j <= i; j++)
            {
                var sj = _start[j] - _first[j];
                var s = v[si + j];
                for (var k = Math.Max(fi, _first[j]); k < j; k++)
                {
                    s -= v[si + k] * v[sj + k];
                }
                if (j < i)
                {
                    v[si + j] = s / v[sj + j];
                }
                else
                {
                    if (!(s > 0))
                    {
                        return false;
                    }
                    v[si + i] = Math.Sqrt(s);
                }
            }
        }
        return true;
    }

    /// <summary>2·Σ log Lᵢᵢ, the log-determinant of the factorised matrix.</summary>
    public double LogDeterminant()
    {
        var s = 0.0;
        for (var i = 0; i < _first.Length; i++)
        {
            s += Math.Log(Values[_start[i] + i - _first[i]]);
        }
        return 2 * s;
    }

    /// <summary>Solves L·x = b in place for column c of b (rows × cols, row-major).</summary>
    public void ForwardSolve(double[] b, int cols, int c)
    {
        var v = Values;
        for (var i = 0; i < _first.Length; i++)
        {
            var si = _start[i] - _first[i];
            var s = b[i * cols + c];
            for (var k = _first[i]; k < i; k++)
            {
                s -= v[si + k] * b[k * cols + c];
            }
            b[i * cols + c] = s / v[si + i];
        }
    }

    /// <summary>Solves Lᵀ·x = b in place for a vector b.</summary>
    public void BackSolve(double[] b)
    {
        var v = Values;
        for (var i = _first.Length - 1; i >= 0; i--)
        {
            var si = _start[i] - _first[i];
            b[i] /= v[si + i];
            for (var k = _first[i]; k < i; k++)
            {
                b[k] -= v[si + k] * b[i];
            }
        }
    }
}
