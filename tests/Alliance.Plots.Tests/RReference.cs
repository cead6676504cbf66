using System.Globalization;

namespace Alliance.Plots.Tests;

/// <summary>Numbers printed by TestData/make_reference.R (kept in TestData/r_reference.txt).</summary>
internal static class RReference
{
    private static readonly Dictionary<string, double[]> Values = File
        .ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "r_reference.txt"))
        .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Where(parts => parts.Length > 1)
        .ToDictionary(parts => parts[0], parts => parts.Skip(1).Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray());

    public static double[] Get(string key) => Values[key];
}
