using System.Globalization;
using Alliance.Analysis.Tabular;

namespace Alliance.Analysis.Tests;

/// <summary>Reads TestData/Psychometrics: the R output lines ("label … v1 v2 …") and the CSV files they came from.</summary>
internal static class RReference
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "Psychometrics");
    private static readonly Lazy<string[]> Lines = new(() => File.ReadAllLines(Path.Combine(Folder, "r_output.txt")));

    /// <summary>The last <paramref name="count"/> numbers of the line starting with <paramref name="label"/> + space.</summary>
    public static double[] Values(string label, int count)
    {
        var line = Lines.Value.Single(l => l.StartsWith(label + " ", StringComparison.Ordinal));
        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens[^count..].Select(t => double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
    }

    public static double Value(string label) => Values(label, 1)[0];

    public static CsvTable Table(string file) => CsvTable.ReadFile(Path.Combine(Folder, file));

    public static double[][] Columns(string file, params string[] names)
    {
        var table = Table(file);
        return names.Select(table.Numeric).ToArray();
    }

    public static void Near(double expected, double actual, double tolerance, string what) =>
        Assert.True(Math.Abs(expected - actual) <= tolerance,
            string.Create(CultureInfo.InvariantCulture, $"{what}: expected {expected:R}, got {actual:R} (tolerance {tolerance})"));

    public static void Near(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance, string what)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Near(expected[i], actual[i], tolerance, $"{what}[{i}]");
        }
    }
}
