using Alliance.Plots;
using Alliance.Plots.Charts;

namespace PlotGallery;

/// <summary>
/// One figure per chart type on fixed synthetic data. The golden-file tests render exactly these
/// figures, so the screenshots reviewed by eye and the committed golden SVGs show the same thing.
/// </summary>
public static class Gallery
{
    private static readonly ScoreScale Srs = new("SRS total", 0, 40, 36);

    public static IReadOnlyList<(string Name, Figure Figure)> All() =>
    [
        ("dyad-trajectory", DyadTrajectory()),
        ("spaghetti", Spaghetti()),
        ("agreement-scatter", Agreement()),
        ("bland-altman", BlandAltman()),
        ("subscale-violin", Subscales(DistributionStyle.Violin)),
        ("subscale-box", Subscales(DistributionStyle.Box)),
        ("completion", Completion()),
        ("small-multiples", SmallMultiples()),
        ("edge-cases", EdgeCases()),
    ];

    public static Figure DyadTrajectory() =>
        DyadTrajectoryChart.Create(Dyad("D07", 12, 3), Srs, new ChartOptions { Title = "Dyad D07: session-by-session alliance", Id = "dyad" });

    private static DyadTrajectory Dyad(string id, int sessions, int seed)
    {
        var data = new SampleData(seed);
        var scores = new List<SessionScore>();
        for (var s = 1; s <= sessions; s++)
        {
            var dip = s is 5 or 6 ? -6 : 0;
            var client = Math.Min(40, SampleData.Round(33 + (0.4 * s) + dip + (1.2 * data.Normal())));
            var therapist = Math.Min(40, SampleData.Round(31 + (0.3 * s) + (dip / 2.0) + (1.0 * data.Normal())));
            scores.Add(new SessionScore(s, client, s == 9 ? null : therapist));
        }

        return new DyadTrajectory(id, scores) { Ruptures = [5], Repairs = [7] };
    }

    public static Figure Spaghetti()
    {
        var data = new SampleData(11);
        var dyads = new List<DyadSeries>();
        for (var d = 1; d <= 24; d++)
        {
            var (intercept, slope) = (30 + (3 * data.Normal()), 0.5 + (0.3 * data.Normal()));
            var sessions = Enumerable.Range(1, 10).Select(s => (double)s).ToArray();
            var scores = sessions.Select(s => Math.Clamp(SampleData.Round(intercept + (slope * s) + (1.5 * data.Normal())), 0, 40)).ToArray();
            dyads.Add(new DyadSeries("D" + d.ToString("00", System.Globalization.CultureInfo.InvariantCulture), sessions, scores));
        }

        var mean = Enumerable.Range(1, 10).Select(s => new MeanPoint(s, 30 + (0.5 * s), 28.8 + (0.5 * s) - (0.05 * s), 31.2 + (0.5 * s) + (0.05 * s))).ToArray();
        return SpaghettiChart.Create(dyads, mean, Srs, "Model-implied mean (95 % CI)", new ChartOptions { Title = "Alliance over sessions, 24 dyads", Id = "spaghetti" });
    }

    private static RatingPair[] Pairs()
    {
        var data = new SampleData(21);
        return Enumerable.Range(1, 60).Select(i =>
        {
            var truth = 32 + (3 * data.Normal());
            var client = Math.Clamp(SampleData.Round(truth + 1.5 + (1.5 * data.Normal())), 0, 40);
            var therapist = Math.Clamp(SampleData.Round((0.7 * truth) + 8 + (1.8 * data.Normal())), 0, 40);
            return new RatingPair("Dyad " + i.ToString(System.Globalization.CultureInfo.InvariantCulture), client, therapist);
        }).ToArray();
    }

    public static Figure Agreement() =>
        AgreementScatterChart.Create(Pairs(), new ScoreScale("SRS total", 20, 40), new ChartOptions { Title = "Client–therapist agreement", Height = 260, Id = "agreement" });

    public static Figure BlandAltman() =>
        BlandAltmanChart.Create(Pairs(), new ChartOptions { Title = "Bland–Altman: client vs therapist (SRS)", Id = "bland-altman" });

    public static Figure Subscales(DistributionStyle style)
    {
        var data = new SampleData(31);
        SubscaleScores Scores(string name, double centre, double spread) =>
            new(name, Enumerable.Range(0, 80).Select(_ => Math.Clamp(SampleData.Round(centre + (spread * data.Normal()), 2), 1, 5)).ToArray());
        var subscales = new[] { Scores("Task", 3.8, 0.6), Scores("Bond", 4.2, 0.45), Scores("Goal", 3.6, 0.7) };
        var title = style == DistributionStyle.Box ? "WAI-SR subscales (box plots)" : "WAI-SR subscales (violins)";
        return SubscaleDistributionChart.Create(subscales, new ScoreScale("Mean item score", 1, 5), style, new ChartOptions { Title = title, Id = "subscales-" + style.ToString().ToUpperInvariant() });
    }

    public static Figure Completion()
    {
        var data = new SampleData(41);
        var weeks = Enumerable.Range(1, 16).Select(w =>
        {
            var due = 20 + (int)Math.Round(4 * data.Uniform()) + (w < 4 ? -6 : 0);
            var completed = (int)Math.Round(due * (0.95 - (0.015 * w) - (0.05 * data.Uniform())));
            return new WeeklyCompletion(w, completed, due);
        }).ToArray();
        return CompletionChart.Create(weeks, new ChartOptions { Title = "Questionnaire completion per week", Id = "completion" });
    }

    public static Figure SmallMultiples()
    {
        var dyads = Enumerable.Range(1, 6).Select(i => Dyad("D" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), 10, 100 + i)).ToArray();
        return DyadTrajectoryChart.CreateSmallMultiples(dyads, Srs, 3, new ChartOptions { Width = FigureSize.DoubleColumn, Height = 300, Title = "Six dyads (small multiples)", Id = "facets" });
    }

    /// <summary>Data that break naive plotting code: nothing, one point, no spread, twelve orders of magnitude, NaN and ±Infinity.</summary>
    public static Figure EdgeCases()
    {
        var figure = new Figure(FigureSize.DoubleColumn, 330) { Title = "Edge cases", Columns = 3, Id = "edge" };
        figure.AddPanel("Empty").AddLine([], [], Palette.Blue, "Line");
        figure.AddPanel("Single point").AddPoints([3], [31], Palette.Blue, "Points");
        figure.AddPanel("Constant values").AddLine([1, 2, 3, 4], [36, 36, 36, 36], Palette.Blue, "Line with markers", markers: true);
        figure.AddPanel("1e-12 to 1e12").AddPoints([1e-12, 1e3, 5e11, 1e12], [1e-12, 2e11, 7e11, 1e12], Palette.Blue, "Points");
        figure.AddPanel("NaN and ±Infinity skipped").AddLine([1, 2, 3, 4, 5, 6], [30, double.NaN, 32, double.PositiveInfinity, 35, 34], Palette.Blue, "Line with markers", markers: true);
        figure.AddPanel("Tiny values").AddLine([0, 1, 2, 3], [1e-12, 3e-12, 2e-12, 4e-12], Palette.Blue, "Line with markers", markers: true);
        return figure;
    }
}
