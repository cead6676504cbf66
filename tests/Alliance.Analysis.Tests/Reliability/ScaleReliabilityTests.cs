using Alliance.Analysis.Reliability;

namespace Alliance.Analysis.Tests.Reliability;

public class ScaleReliabilityTests
{
    private const double Closed = 1e-9;
    private const double Iterative = 1e-6;
    private static readonly string[] Items = ["q1", "q2", "q3", "q4", "q5", "q6"];

    private static ReliabilityResult SixItems(ReliabilityOptions options) =>
        ScaleReliability.Compute(Items, RReference.Columns("six_items.csv", Items), options);

    private static void MatchesPsychAlpha(string label, ReliabilityResult result)
    {
        var total = RReference.Values($"{label} total raw_alpha std.alpha average_r", 3);
        RReference.Near(total[0], result.RawAlpha, Closed, "raw_alpha");
        RReference.Near(total[1], result.StandardizedAlpha, Closed, "std.alpha");
        RReference.Near(total[2], result.AverageR, Closed, "average_r");
        var k = result.K;
        RReference.Near(RReference.Values($"{label} item mean", k), result.Items.Select(i => i.Mean).ToArray(), Closed, "mean");
        RReference.Near(RReference.Values($"{label} item sd", k), result.Items.Select(i => i.StandardDeviation).ToArray(), Closed, "sd");
        RReference.Near(RReference.Values($"{label} item r.drop", k), result.Items.Select(i => i.ItemRestCorrelation).ToArray(), Closed, "r.drop");
        RReference.Near(RReference.Values($"{label} alpha.drop", k), result.Items.Select(i => i.AlphaIfDeleted).ToArray(), Closed, "alpha.drop");
        var feldt = RReference.Values($"{label} feldt lower upper", 2);
        RReference.Near(feldt[0], result.FeldtInterval.Lower, Closed, "feldt lower");
        RReference.Near(feldt[1], result.FeldtInterval.Upper, Closed, "feldt upper");
    }

    [Fact]
    public void PairwiseAlphaWithReversedItemMatchesPsych()
    {
        var result = SixItems(new ReliabilityOptions { Reverse = ["q6"] });
        MatchesPsychAlpha("pairwise_q6rev", result);
        Assert.Equal(300, result.N);
        Assert.Equal((1.0, 5.0), result.ReverseRange);
        Assert.True(result.Items[5].Reversed);
    }

    [Fact]
    public void PairwiseAlphaMatchesTheSharedReferenceOutput()
    {
        // shared/reference/r_output.txt, "alpha pairwise, q6 reversed" (psych 2.2.9).
        var result = SixItems(new ReliabilityOptions { Reverse = ["q6"] });
        RReference.Near(0.82538956988, result.RawAlpha, 1e-11, "raw_alpha");
        RReference.Near(0.825685960263, result.StandardizedAlpha, 1e-12, "std.alpha");
        RReference.Near(0.441172850926, result.AverageR, 1e-12, "average_r");
        RReference.Near(0.635873028316, result.Items[5].ItemRestCorrelation, 1e-12, "r.drop q6");
        RReference.Near(2.97666666667, result.Items[5].Mean, 1e-11, "mean q6-");
        RReference.Near(0.788190647817, result.Items[5].AlphaIfDeleted, 1e-12, "alpha.drop q6");
    }

    [Fact]
    public void ListwiseAlphaMatchesPsychOnCompleteRows()
    {
        var result = SixItems(new ReliabilityOptions { Reverse = ["q6"], Missing = MissingHandling.Listwise });
        MatchesPsychAlpha("listwise_q6rev", result);
        Assert.Equal((int)RReference.Value("listwise_n"), result.N);
    }

    [Fact]
    public void AlphaWithoutReversalMatchesPsych()
    {
        var result = SixItems(new ReliabilityOptions());
        MatchesPsychAlpha("pairwise_norev", result);
        Assert.Null(result.ReverseRange);
    }

    [Fact]
    public void OmegaTotalListwiseMatchesPsychOmega()
    {
        var result = SixItems(new ReliabilityOptions { Reverse = ["q6"], Missing = MissingHandling.Listwise });
        RReference.Near(RReference.Value("omega_listwise_q6rev"), result.OmegaTotal!.Value, Iterative, "omega.tot");
        // shared/reference/r_output.txt: omega.tot listwise q6 reversed 0.824486119667, n 281.
        RReference.Near(0.824486119667, result.OmegaTotal.Value, Iterative, "omega.tot (shared)");
    }

    [Fact]
    public void OmegaTotalPairwiseMatchesPsychOmega()
    {
        var result = SixItems(new ReliabilityOptions { Reverse = ["q6"] });
        RReference.Near(RReference.Value("omega_pairwise_q6rev"), result.OmegaTotal!.Value, Iterative, "omega.tot");
    }

    [Fact]
    public void OmegaOfThreeItemsMatchesPsychOmega()
    {
        // omega(na.omit(xr)[, 1:3]): complete rows over all six items, so drop the rows missing q4 first.
        var all = RReference.Columns("six_items.csv", Items);
        var complete = Enumerable.Range(0, all[0].Length).Where(r => all.All(c => !double.IsNaN(c[r]))).ToArray();
        var sub = ScaleReliability.Compute(Items[..3], all[..3].Select(c => complete.Select(r => c[r]).ToArray()).ToArray());
        RReference.Near(RReference.Value("omega_listwise_q1to3"), sub.OmegaTotal!.Value, Iterative, "omega.tot q1–q3");
    }

    [Fact]
    public void LargeCommonOffsetDoesNotChangeAnyStatistic()
    {
        var columns = RReference.Columns("six_items.csv", Items);
        var shifted = columns.Select(c => c.Select(v => v + 1e9).ToArray()).ToArray();
        var options = new ReliabilityOptions { Reverse = ["q6"] };
        var plain = ScaleReliability.Compute(Items, columns, options);
        var offset = ScaleReliability.Compute(Items, shifted, options);
        RReference.Near(plain.RawAlpha, offset.RawAlpha, 1e-9, "raw alpha");
        RReference.Near(plain.AverageR, offset.AverageR, 1e-9, "average r");
        RReference.Near(plain.OmegaTotal!.Value, offset.OmegaTotal!.Value, 1e-9, "omega");
        RReference.Near(plain.Items.Select(i => i.ItemRestCorrelation).ToArray(), offset.Items.Select(i => i.ItemRestCorrelation).ToArray(), 1e-9, "r.drop");
        RReference.Near(plain.Items.Select(i => i.StandardDeviation).ToArray(), offset.Items.Select(i => i.StandardDeviation).ToArray(), 1e-9, "sd");
    }

    [Fact]
    public void OmegaFlipsNegativelyLoadingItemsAsPsychDoes()
    {
        var keyed = SixItems(new ReliabilityOptions { Reverse = ["q6"] });
        var unkeyed = SixItems(new ReliabilityOptions());
        RReference.Near(keyed.OmegaTotal!.Value, unkeyed.OmegaTotal!.Value, 1e-9, "omega with and without reversing q6");
    }

    [Fact]
    public void SubscalesAreAnalysedInOneCall()
    {
        var table = RReference.Table("six_items.csv");
        var columns = Items.ToDictionary(i => i, table.Numeric);
        var subscales = new Dictionary<string, IReadOnlyList<string>>
        {
            ["first"] = ["q1", "q2", "q3"],
            ["second"] = ["q4", "q5", "q6"],
        };
        var results = ScaleReliability.ComputeSubscales(columns, subscales, new ReliabilityOptions { Reverse = ["q6"] });
        Assert.Equal(["first", "second"], results.Select(r => r.Subscale));
        MatchesPsychAlpha("subscale_q1q2q3", results[0].Result!);
        MatchesPsychAlpha("subscale_q4q5q6rev", results[1].Result!);
    }

    [Fact]
    public void SeededBootstrapIntervalIsReproducibleAndBracketsAlpha()
    {
        var options = new ReliabilityOptions { Reverse = ["q6"], BootstrapSamples = 200, BootstrapSeed = 7 };
        var first = SixItems(options);
        var second = SixItems(options);
        Assert.Equal(first.BootstrapInterval, second.BootstrapInterval);
        var interval = first.BootstrapInterval!.Value;
        Assert.InRange(first.RawAlpha, interval.Lower, interval.Upper);
        Assert.True(interval.Upper - interval.Lower is > 0.02 and < 0.2);
    }
}
