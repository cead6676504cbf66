namespace Alliance.Analysis.Mixed;

/// <summary>Row-major dense kernels for the small per-level blocks (a few rows) of the mixed-model solver.</summary>
internal static class SmallMatrix
{
    /// <summary>Returns Taᵀ·M·Tb for M (ra × rb) and lower-triangular Ta (ra × ra), Tb (rb × rb).</summary>
    public static void CongruenceInto(double[] ta, int ra, double[] m, double[] tb, int rb, double[] result, double[] scratch)
    {
        // scratch = M·Tb (ra × rb); Tb lower-triangular, so column c uses rows k ≥ c.
        for (var r = 0; r < ra; r++)
        {
            for (var c = 0; c < rb; c++)
            {
                var s = 0.0;
                for (var k = c; k < rb; k++)
                {
                    s += m[r * rb + k] * tb[k * rb + c];
                }
                scratch[r * rb + c] = s;
            }
        }
        // result = Taᵀ·scratch; (Taᵀ)[r,k] = Ta[k,r], non-zero for k ≥ r.
        for (var r = 0; r < ra; r++)
        {
            for (var c = 0; c < rb; c++)
            {
                var s = 0.0;
                for (var k = r; k < ra; k++)
                {
                    s += ta[k * ra + r] * scratch[k * rb + c];
                }
                result[r * rb + c] = s;
            }
        }
    }

    /// <summary>Returns Taᵀ·M for M (ra × cols) with lower-triangular Ta.</summary>
    public static void TransposeTimes(double[] ta, int ra, double[] m, int mOffset, int cols, double[] result, int rOffset)
    {
        for (var r = 0; r < ra; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                var s = 0.0;
                for (var k = r; k < ra; k++)
                {
                    s += ta[k * ra + r] * m[mOffset + k * cols + c];
                }
                result[rOffset + r * cols + c] = s;
            }
        }
    }

    /// <summary>In-place lower Cholesky factor of a symmetric positive-definite n × n matrix (lower triangle read). False when not positive definite.</summary>
    public static bool Cholesky(double[] a, int offset, int n)
    {
        for (var j = 0; j < n; j++)
        {
            var d = a[offset + j * n + j];
            for (var k = 0; k < j; k++)
            {
                d -= a[offset + j * n + k] * a[offset + j * n + k];
            }
            if (!(d > 0))
            {
                return false;
            }
            d = Math.Sqrt(d);
            a[offset + j * n + j] = d;
            for (var i = j + 1; i < n; i++)
            {
                var s = a[offset + i * n + j];
                for (var k = 0; k < j; k++)
                {
                    s -= a[offset + i * n + k] * a[offset + j * n + k];
                }
                a[offset + i * n + j] = s / d;
            }
            for (var i = 0; i < j; i++)
            {
                a[offset + i * n + j] = 0; // keep the strict upper triangle clean
            }
        }
        return true;
    }

    /// <summary>Solves L·x = b in place for the columns of b (n × cols, row-major at bOffset).</summary>
    public static void ForwardSolve(double[] l, int lOffset, int n, double[] b, int bOffset, int cols)
    {
        for (var c = 0; c < cols; c++)
        {
            for (var i = 0; i < n; i++)
            {
                var s = b[bOffset + i * cols + c];
                for (var k = 0; k < i; k++)
                {
                    s -= l[lOffset + i * n + k] * b[bOffset + k * cols + c];
                }
                b[bOffset + i * cols + c] = s / l[lOffset + i * n + i];
            }
        }
    }

    /// <summary>Solves Lᵀ·x = b in place for a vector b (length n at bOffset).</summary>
    public static void BackSolve(double[] l, int lOffset, int n, double[] b, int bOffset)
    {
        for (var i = n - 1; i >= 0; i--)
        {
            var s = b[bOffset + i];
            for (var k = i + 1; k < n; k++)
            {
                s -= l[lOffset + k * n + i] * b[bOffset + k];
            }
            b[bOffset + i] = s / l[lOffset + i * n + i];
        }
    }
}
