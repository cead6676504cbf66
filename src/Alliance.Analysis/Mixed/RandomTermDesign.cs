namespace Alliance.Analysis.Mixed;

/// <summary>A random term ready for fitting: per-row level index and per-row model-matrix values.</summary>
internal sealed record RandomTermDesign(string Group, string[] ColumnNames, string[] Levels, int[] LevelOf, double[] Z)
{
    public int Columns => ColumnNames.Length;

    public int ThetaCount => Columns * (Columns + 1) / 2;
}
