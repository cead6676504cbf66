using Alliance.Analysis.Ruptures;

namespace Alliance.Analysis.Tests.Ruptures;

public sealed class RuptureDetectorTests
{
    private static IEnumerable<SessionScore> Series(string client, params double[] scores) =>
        scores.Select((s, i) => new SessionScore(client, i + 1, s));

    [Fact]
    public void VShapedDropIsARuptureRepairedWhenTheScoreReturnsToThePreRuptureLevel()
    {
        var report = RuptureDetector.Detect(Series("a", 6, 6, 3.5, 4, 6.5, 6, 6, 6), new RuptureOptions { K = 2, Sd = 1 });
        var e = Assert.Single(report.Episodes);
        Assert.Equal(("a", 2.0, 3.0, 2.5, true, 5.0), (e.Client, e.PreSession, e.Session, e.Depth, e.Repaired, e.RepairSession!.Value));
        Assert.Equal(2.5, e.DepthInSd, 12);
    }

    [Fact]
    public void GradualDeclineCountsOnlyWhenTheSpanAllowsSeveralSessions()
    {
        var scores = Series("b", 6, 5, 4, 3.9, 4, 4, 4, 6).ToList();
        Assert.Empty(RuptureDetector.Detect(scores, new RuptureOptions { K = 2, Sd = 1 }).Episodes);
        var e = Assert.Single(RuptureDetector.Detect(scores, new RuptureOptions { K = 2, Sd = 1, Span = 2 }).Episodes);
        Assert.Equal((1.0, 3.0, 2.0, false), (e.PreSession, e.Session, e.Depth, e.Repaired));
        Assert.Null(e.RepairSession);
    }

    [Fact]
    public void LowerThresholdFindsEachStepOfAStaircaseOnce()
    {
        var report = RuptureDetector.Detect(Series("b", 6, 5, 4, 3.9, 4, 4, 4, 6), new RuptureOptions { K = 1, Sd = 1 });
        Assert.Equal([(1.0, 2.0), (2.0, 3.0)], report.Episodes.Select(e => (e.PreSession, e.Session)));
        Assert.All(report.Episodes, e => Assert.False(e.Repaired));
    }

    [Fact]
    public void RepairAfterTheWindowDoesNotCount()
    {
        var scores = Series("c", 6, 3, 4, 5, 5, 6).ToList();
        Assert.False(Assert.Single(RuptureDetector.Detect(scores, new RuptureOptions { Sd = 1, Window = 3 }).Episodes).Repaired);
        Assert.Equal(6.0, Assert.Single(RuptureDetector.Detect(scores, new RuptureOptions { Sd = 1, Window = 4 }).Episodes).RepairSession);
    }

    [Fact]
    public void MissingSessionsAreSkippedSoTheDropIsFromThePreviousRatedSession()
    {
        var scores = new[] { new SessionScore("d", 1, 6), new SessionScore("d", 2, double.NaN), new SessionScore("d", 3, 3) };
        var e = Assert.Single(RuptureDetector.Detect(scores, new RuptureOptions { Sd = 1 }).Episodes);
        Assert.Equal((1.0, 3.0), (e.PreSession, e.Session));
    }

    [Fact]
    public void SdIsTheLargerOfPooledWithinAndBetweenClientSds()
    {
        var report = RuptureDetector.Detect(Series("a", 1, 3).Concat(Series("b", 5, 7)), new RuptureOptions());
        Assert.Equal(Math.Sqrt(2), report.WithinSd, 12);
        Assert.Equal(Math.Sqrt(8), report.BetweenSd, 12);
        Assert.Equal(Math.Sqrt(8), report.Sd, 12);
        Assert.Empty(report.Episodes);
    }

    [Fact]
    public void EpisodesOfSeveralClientsAreReportedEach()
    {
        var report = RuptureDetector.Detect(Series("a", 6, 3, 6).Concat(Series("b", 6, 6, 6)).Concat(Series("c", 5, 2, 2, 2)),
            new RuptureOptions { Sd = 1 });
        Assert.Equal(["a", "c"], report.Episodes.Select(e => e.Client));
        Assert.Equal(1, report.Repaired);
        Assert.Equal(3, report.Clients);
    }
}
