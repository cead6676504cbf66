using Alliance.Data.Instruments;
using Alliance.Instruments.Loading;

namespace Alliance.Data.Tests.Instruments;

public sealed class ResponseScoringTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void DemoFormsAreValidCatalogInstrumentsScoredByTheInstrumentsLibrary(bool client)
    {
        var json = client ? Alliance.Data.Demo.DemoInstruments.Client : Alliance.Data.Demo.DemoInstruments.Therapist;
        var loaded = InstrumentLoader.Load(json, "demo");
        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Problems));
        var scoring = new ResponseScoring(json);
        Assert.True(scoring.UsesInstrumentScorer);

        var answers = new Dictionary<string, decimal?>
        {
            ["a1"] = 5, ["a2"] = 4, ["a3"] = 3, ["a4"] = 5, ["a5"] = 4, ["a6"] = 3, ["a7"] = 5, ["a8"] = 4, ["a9"] = null,
        };
        var scores = scoring.Score(answers);
        Assert.Equal(5.0, (double)scores["goal"]!, 12);
        Assert.Equal(4.0, (double)scores["task"]!, 12);
        Assert.Equal(3.0, (double)scores["bond"]!, 12);             // a3, a6 answered; a9 skipped (min_answered 2)
        Assert.Equal(33.0 / 8, (double)scores["total"]!, 12);        // mean of the eight answers
    }

    [Fact]
    public void CompactDefinitionsFallBackToMeanScores()
    {
        var scoring = new ResponseScoring(TestStudies.BipolarInstrument);
        Assert.False(scoring.UsesInstrumentScorer);
        var scores = scoring.Score(new Dictionary<string, decimal?> { ["q1"] = 3, ["q2"] = -1, ["q3"] = 0, ["q4"] = null });
        Assert.Equal(1.0, (double)scores["first"]!, 12);
        Assert.Equal(2.0 / 3, (double)scores["total"]!, 12);
    }
}
