using Alliance.Instruments;

namespace Alliance.Data.Demo;

/// <summary>
/// Simulated alliance ratings with the structure the analyses look for: a therapist effect (SD 0.3), client
/// intercepts (SD 0.45) and slopes (mean +0.04 per session), therapists rating 0.3 lower than clients and with
/// less spread, item noise (SD 0.55), about 6 % of client sessions with a rupture (−1.2, half recovered next
/// session) and about 2 % of optional answers skipped. Answers are placed on each item's own scale (<see cref="Answers"/>).
/// </summary>
internal sealed class AllianceSimulation(int seed)
{
    private readonly Random _random = new(seed);

    public double Normal(double mean, double sd)
    {
        // Box–Muller transform.
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return mean + sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public bool Chance(double p) => _random.NextDouble() < p;

    /// <summary>Latent alliance per session (index 0 = session 1) for one dyad, ruptures included.</summary>
    public double[] Trajectory(double therapistEffect, int sessions)
    {
        var intercept = 3.5 + therapistEffect + Normal(0, 0.45);
        var slope = Normal(0.04, 0.03);
        var path = new double[sessions];
        var carry = 0.0;
        for (var s = 0; s < sessions; s++)
        {
            var rupture = s > 1 && Chance(0.06) ? -1.2 : 0.0;
            path[s] = intercept + slope * s + rupture + carry;
            carry = rupture != 0 ? rupture / 2 : 0;
        }
        return path;
    }

    /// <summary>
    /// Answers for the items (null = skipped, only for optional items), each on its own scale: the latent alliance
    /// (1–5) is placed at the same relative height of the item's range, with noise of 0.55 on the 1–5 metric (so
    /// 1.375 on a 0–10 line), rounded to the scale's step and clamped to its range. A 1–5 frequency item thus gets
    /// latent ± 0.55 rounded to a whole number, a 0–10 visual-analogue line a value to one decimal.
    /// </summary>
    public Dictionary<string, decimal?> Answers(IReadOnlyList<Item> items, double latent, bool therapist)
    {
        var level = therapist ? 3.3 + (latent - 3.6) * 0.6 : latent;
        var answers = new Dictionary<string, decimal?>();
        foreach (var item in items)
        {
            answers[item.Id] = !item.Required && Chance(0.02) ? null : OnScale(item.Scale, (Normal(level, 0.55) - 1) / 4);
        }
        return answers;
    }

    /// <summary>The point at <paramref name="fraction"/> of the scale's range, on its step, within its range.</summary>
    private static decimal OnScale(ResponseScale scale, double fraction)
    {
        var steps = Math.Round(fraction * (scale.Max - scale.Min) / scale.Step);
        var highest = Math.Floor((scale.Max - scale.Min) / scale.Step + 1e-9);
        // decimal arithmetic, so 73 steps of 0.1 is 7.3 and not 7.300000000000001.
        return (decimal)scale.Min + (decimal)Math.Clamp(steps, 0, highest) * (decimal)scale.Step;
    }
}
