using System.Globalization;
using System.Text;

namespace PsychometricsBench;

/// <summary>Seeded synthetic data written as CSV: Likert items from a one-factor model, and rater tables.</summary>
internal static class BenchData
{
    /// <summary>n respondents × k items on 1–5, loadings 0.5–0.8, about 1% of cells missing.</summary>
    public static string WriteItems(string directory, int n, int k, int seed)
    {
        var random = new Random(seed);
        var path = Path.Combine(directory, $"items_{n}x{k}.csv");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.WriteLine(string.Join(',', Enumerable.Range(1, k).Select(i => $"i{i}")));
        var loadings = Enumerable.Range(0, k).Select(i => 0.5 + 0.3 * i / Math.Max(1, k - 1)).ToArray();
        var line = new StringBuilder();
        for (var r = 0; r < n; r++)
        {
            var factor = Gaussian(random);
            line.Clear();
            for (var i = 0; i < k; i++)
            {
                var latent = loadings[i] * factor + Math.Sqrt(1 - loadings[i] * loadings[i]) * Gaussian(random);
                var response = Math.Clamp((int)Math.Round(3 + 1.1 * latent), 1, 5);
                if (i > 0)
                {
                    line.Append(',');
                }
                if (random.NextDouble() >= 0.01)
                {
                    line.Append(response.ToString(CultureInfo.InvariantCulture));
                }
            }
            writer.WriteLine(line);
        }
        return path;
    }

    /// <summary>n targets × k raters: target effect + rater bias + noise, one decimal, complete.</summary>
    public static string WriteRatings(string directory, int n, int k, int seed)
    {
        var random = new Random(seed);
        var path = Path.Combine(directory, $"ratings_{n}x{k}.csv");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.WriteLine(string.Join(',', Enumerable.Range(1, k).Select(j => $"r{j}")));
        var bias = Enumerable.Range(0, k).Select(j => 2.0 * j).ToArray();
        for (var r = 0; r < n; r++)
        {
            var target = 50 + 10 * Gaussian(random);
            writer.WriteLine(string.Join(',', bias.Select(b => Math.Round(target + b + 6 * Gaussian(random), 1).ToString(CultureInfo.InvariantCulture))));
        }
        return path;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
