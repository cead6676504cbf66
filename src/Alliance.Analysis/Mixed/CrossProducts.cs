namespace Alliance.Analysis.Mixed;

/// <summary>
/// The data's sufficient cross-products for the penalised least-squares problem, accumulated once.
/// Random effects are split into block 1 — every term on the grouping factor with the most levels, so
/// Z₁ᵀZ₁ is block diagonal with one P₁ × P₁ block per level — and block 2, all other terms, whose
/// cross-products are kept as sparse blocks (one per pair of co-occurring levels).
/// </summary>
internal sealed class CrossProducts
{
    public CrossProducts(MixedDesign design, double[] y)
    {
        var terms = design.Terms;
        var group1 = terms[0].Group;
        Block1Terms = Enumerable.Range(0, terms.Count).Where(t => terms[t].Group == group1).ToArray();
        Block2Terms = Enumerable.Range(0, terms.Count).Where(t => terms[t].Group != group1).ToArray();
        P = design.P;
        P1 = Block1Terms.Sum(t => terms[t].Columns);
        Levels1 = terms[0].Levels.Length;
        BlockStart = new int[terms.Count];
        ScalarStart = new int[terms.Count];
        BlockTerm = [];
        var blocks = 0;
        var scalars = 0;
        var blockTerm = new List<int>();
        foreach (var t in Block2Terms)
        {
            BlockStart[t] = blocks;
            ScalarStart[t] = scalars;
            blocks += terms[t].Levels.Length;
            scalars += terms[t].Levels.Length * terms[t].Columns;
            blockTerm.AddRange(Enumerable.Repeat(t, terms[t].Levels.Length));
        }
        BlockTerm = [.. blockTerm];
        Q2 = scalars;
        XtX = new double[P * P];
        Xty = new double[P];
        M1 = new double[Levels1 * P1 * P1];
        Z1X = new double[Levels1 * P1 * P];
        Z1y = new double[Levels1 * P1];
        Z2X = new double[Q2 * P];
        Z2y = new double[Q2];
        Accumulate(design, y);
    }

    public int[] Block1Terms { get; }

    public int[] Block2Terms { get; }

    public int P { get; }

    public int P1 { get; }

    public int Levels1 { get; }

    public int Q2 { get; }

    public int[] BlockStart { get; }

    public int[] ScalarStart { get; }

    /// <summary>Term of each block-2 block (block = one level of one term).</summary>
    public int[] BlockTerm { get; private set; }

    public double YtY { get; private set; }

    public double[] XtX { get; }

    public double[] Xty { get; }

    public double[] M1 { get; }

    public double[] Z1X { get; }

    public double[] Z1y { get; }

    public double[] Z2X { get; }

    public double[] Z2y { get; }

    /// <summary>Per level j of block 1: the block-2 blocks that co-occur with it and Z_aᵀZ₁ⱼ (P_a × P₁).</summary>
    public (int Block, double[] Values)[][] Cross { get; private set; } = [];

    /// <summary>Lower-triangular blocks of Z₂ᵀZ₂: (a, b) with a ≥ b and Z_aᵀZ_b (P_a × P_b).</summary>
    public (int A, int B, double[] Values)[] Z2Z2 { get; private set; } = [];

    private void Accumulate(MixedDesign design, double[] y)
    {
        var terms = design.Terms;
        var n = design.N;
        var p = P;
        var cross = new Dictionary<int, double[]>[Levels1];
        for (var j = 0; j < Levels1; j++)
        {
            cross[j] = [];
        }
        var z2z2 = new Dictionary<(int, int), double[]>();
        var z1 = new double[P1];
        for (var i = 0; i < n; i++)
        {
            var yi = y[i];
            var xi = design.X.AsSpan(i * p, p);
            YtY += yi * yi;
            for (var a = 0; a < p; a++)
            {
                Xty[a] += xi[a] * yi;
                for (var b = 0; b < p; b++)
                {
                    XtX[a * p + b] += xi[a] * xi[b];
                }
            }
            var o = 0;
            foreach (var t in Block1Terms)
            {
                var term = terms[t];
                for (var c = 0; c < term.Columns; c++)
                {
                    z1[o++] = term.Z[i * term.Columns + c];
                }
            }
            var j = terms[0].LevelOf[i];
            for (var a = 0; a < P1; a++)
            {
                Z1y[j * P1 + a] += z1[a] * yi;
                for (var b = 0; b < P1; b++)
                {
                    M1[(j * P1 + a) * P1 + b] += z1[a] * z1[b];
                }
                for (var b = 0; b < p; b++)
                {
                    Z1X[(j * P1 + a) * p + b] += z1[a] * xi[b];
                }
            }
            foreach (var t in Block2Terms)
            {
                var term = terms[t];
                var pt = term.Columns;
                var block = BlockStart[t] + term.LevelOf[i];
                var s0 = ScalarStart[t] + term.LevelOf[i] * pt;
                if (!cross[j].TryGetValue(block, out var cr))
                {
                    cross[j][block] = cr = new double[pt * P1];
                }
                for (var a = 0; a < pt; a++)
                {
                    var za = term.Z[i * pt + a];
                    Z2y[s0 + a] += za * yi;
                    for (var b = 0; b < p; b++)
                    {
                        Z2X[(s0 + a) * p + b] += za * xi[b];
                    }
                    for (var b = 0; b < P1; b++)
                    {
                        cr[a * P1 + b] += za * z1[b];
                    }
                }
                foreach (var u in Block2Terms)
                {
                    if (u > t)
                    {
                        break;
                    }
                    var other = terms[u];
                    var pu = other.Columns;
                    var key = (block, BlockStart[u] + other.LevelOf[i]);
                    if (!z2z2.TryGetValue(key, out var zz))
                    {
                        z2z2[key] = zz = new double[pt * pu];
                    }
                    for (var a = 0; a < pt; a++)
                    {
                        for (var b = 0; b < pu; b++)
                        {
                            zz[a * pu + b] += term.Z[i * pt + a] * other.Z[i * pu + b];
                        }
                    }
                }
            }
        }
        Cross = cross.Select(d => d.OrderBy(kv => kv.Key).Select(kv => (kv.Key, kv.Value)).ToArray()).ToArray();
        Z2Z2 = z2z2.Select(kv => (kv.Key.Item1, kv.Key.Item2, kv.Value)).ToArray();
    }
}
