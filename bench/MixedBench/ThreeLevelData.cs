using System.Globalization;
using System.Text;

namespace MixedBench;

/// <summary>Writes a generated therapists → clients → sessions alliance data set (fixed seed) to CSV.</summary>
internal static class ThreeLevelData
{
    public static int Write(string path, int therapists, int clients, int sessions, int seed)
    {
        var random = new Random(seed);
        double Normal(double sd) => sd * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var b = new StringBuilder("therapist,client,session,y\n");
        var rows = 0;
        for (var t = 1; t <= therapists; t++)
        {
            var u = Normal(0.3);
            for (var k = 1; k <= clients; k++)
            {
                var id = (t - 1) * clients + k;
                var b0 = Normal(0.5);
                var b1 = 0.02 * b0 + Normal(0.05);
                for (var s = 0; s < sessions; s++)
                {
                    var y = 4.5 + 0.05 * s + u + b0 + b1 * s + Normal(0.4);
                    b.Append(CultureInfo.InvariantCulture, $"t{t},c{id},{s},{y:F5}\n");
                    rows++;
                }
            }
        }
        File.WriteAllText(path, b.ToString());
        return rows;
    }
}
