using System.Globalization;
using System.Text;

namespace Alliance.Testing.Report;

/// <summary>
/// A seeded, realistic long export (the columns of <c>alliance export --format long</c>): 10 dyads × 8 sessions,
/// client form <c>wa-client</c> and therapist form <c>wa-therapist</c> (12 items, 1–5), a dyad-level alliance
/// that grows over sessions, therapists rating lower, item noise, two planted ruptures and a few skipped answers.
/// </summary>
public static class LongCsvFixture
{
    public const string Header = "study_id,dyad,therapist,client,arm,session,session_date,role,instrument,instrument_version,response_id,submitted_at,item,value";

    public static string Create(int seed = 20261122, int dyads = 10, int sessions = 8, string clientInstrument = "wa-client")
    {
        var random = new Random(seed);
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder(Header).Append('\n');
        var response = 0;
        for (var d = 1; d <= dyads; d++)
        {
            var dyad = $"D{d:00}";
            var intercept = 3.2 + (0.5 * Normal(random));
            var slope = 0.05 + (0.03 * Normal(random));
            for (var s = 1; s <= sessions; s++)
            {
                // Planted ruptures: dyads 2 and 5 fall sharply in session 4 and recover in session 5.
                var drop = (d == 2 || d == 5) && s == 4 ? -1.8 : 0;
                var level = intercept + (slope * s) + drop + (0.15 * Normal(random));
                foreach (var (role, instrument, shift) in new[] { ("client", clientInstrument, 0.0), ("therapist", "wa-therapist", -0.3) })
                {
                    response++;
                    for (var i = 1; i <= 12; i++)
                    {
                        var skipped = random.NextDouble() < 0.02;
                        var value = Math.Clamp(Math.Round(level + shift + (0.55 * Normal(random))), 1, 5);
                        b.Append(c, $"7,{dyad},T{(d + 1) / 2},C{d:00},A,{s},2026-0{1 + (s / 5)}-{10 + s:00},{role},{instrument},1.0.0,{response},2026-01-01T10:00:00.000Z,wa{i},{(skipped ? "" : value.ToString(c))}\n");
                    }
                }
            }
        }
        return b.ToString();
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
