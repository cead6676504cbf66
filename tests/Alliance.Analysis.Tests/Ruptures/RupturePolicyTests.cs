using Alliance.Analysis.Ruptures;

namespace Alliance.Analysis.Tests.Ruptures;

public sealed class RupturePolicyTests
{
    [Fact]
    public void PolicyIsTwoSdSpanOneWindowThreeWithTheSdFromTheData()
    {
        var o = RupturePolicy.Options;
        Assert.Equal((2.0, 1, 3, (double?)null), (o.K, o.Span, o.Window, o.Sd));
    }

    [Fact]
    public void SeveralScoresInOneSessionAreAveragedAndMissingOnesSkipped()
    {
        var means = RupturePolicy.SessionMeans([(2, 6.0), (1, 5.0), (2, 3.0), (2, double.NaN), (3, double.NaN)]);
        Assert.Equal([1, 2], means.Keys);
        Assert.Equal([5.0, 4.5], means.Values);
    }

    [Fact]
    public void RupturesAreDetectedOnSessionMeansNotOnSingleResponses()
    {
        // Client a answered twice in session 2 (6 and 0): the session's score is 3, a drop of 3 from session 1.
        // Averaged series a = 6, 3, 6 and b = 5, 5, 5, 5: within-client SD √(6 / 5), between-client SD 0.
        SessionScore[] scores =
        [
            new("a", 1, 6), new("a", 2, 6), new("a", 2, 0), new("a", 3, 6), new("a", 3, double.NaN),
            new("b", 1, 5), new("b", 2, 5), new("b", 3, 5), new("b", 4, 5), new("b", 5, double.NaN),
        ];
        var report = RupturePolicy.Detect(scores);
        Assert.Equal(Math.Sqrt(6.0 / 5), report.Sd, 12);
        var e = Assert.Single(report.Episodes);
        Assert.Equal(("a", 1.0, 2.0, 6.0, 3.0, 3.0), (e.Client, e.PreSession, e.Session, e.PreScore, e.Score, e.RepairSession!.Value));
        Assert.Same(RupturePolicy.Options, report.Options);
    }
}
