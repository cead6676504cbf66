using Alliance.Data.Demo;
using Alliance.Data.Responses;
using Alliance.Instruments.Loading;
using Alliance.Instruments.Scoring;

namespace Alliance.Data.Tests.Responses;

public sealed class ResponseScoresTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void DemoFormsAreValidCatalogInstrumentsScoredByTheInstrumentsLibrary(bool client)
    {
        var json = client ? DemoInstruments.Client : DemoInstruments.Therapist;
        var loaded = InstrumentLoader.Load(json, "demo");
        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Problems));

        var scores = Stored(json, new Dictionary<string, decimal?>
        {
            ["a1"] = 5, ["a2"] = 4, ["a3"] = 3, ["a4"] = 5, ["a5"] = 4, ["a6"] = 3, ["a7"] = 5, ["a8"] = 4, ["a9"] = null,
        });
        Assert.Equal(5.0, (double)scores["goal"]!, 12);
        Assert.Equal(4.0, (double)scores["task"]!, 12);
        Assert.Equal(3.0, (double)scores["bond"]!, 12);             // a3, a6 answered; a9 skipped (min_answered 2)
        Assert.Equal(33.0 / 8, (double)scores["total"]!, 12);        // mean of the eight answers
    }

    [Fact]
    public void TheBipolarTestFormIsScoredByTheInstrumentsLibrary()
    {
        var scores = Stored(TestStudies.BipolarInstrument, new Dictionary<string, decimal?> { ["q1"] = 3, ["q2"] = -1, ["q3"] = 0, ["q4"] = null });
        Assert.Equal(1.0, (double)scores["first"]!, 12);
        // The scorer rounds scores to 10 decimals (InstrumentScorer), so 2/3 agrees to 10 places.
        Assert.Equal(2.0 / 3, (double)scores["total"]!, 10);
    }

    [Fact]
    public void ReverseKeyedItemsAreFlippedBeforeAveraging()
    {
        var scores = Stored(TestStudies.TwoScaleInstrument, new Dictionary<string, decimal?> { ["x1"] = 4, ["x2"] = 1, ["x3"] = 2.5m });
        Assert.Equal(4.0, (double)scores["near"]!, 12);             // (4 + (1 + 4 − 1)) / 2
        Assert.Equal((4 + 4 + 2.5) / 3, (double)scores["total"]!, 12);
    }

    [Fact]
    public void AScoreWithFewerThanHalfItsItemsAnsweredIsStoredAsMissing()
    {
        var scores = Stored(TestStudies.TwoScaleInstrument, new Dictionary<string, decimal?> { ["x1"] = null, ["x2"] = null, ["x3"] = 3 });
        Assert.Equal(["near", "total"], scores.Ids);
        Assert.Null(scores["near"]);
        Assert.Null(scores["total"]);
    }

    [Fact]
    public void StoredNumbersKeepTheirDigitsForExportAndTheirDoubleForStatistics()
    {
        var scores = ResponseScores.Parse("""{"total": 4.0, "goal": 3.3333333333333335, "bond": null, "note": "n/a"}""");
        Assert.Equal("4.0", scores.Exact("total")?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(3.3333333333333335, scores["goal"]);
        Assert.Equal(3.3333333333333335m, scores.Exact("goal"));
        Assert.Null(scores["bond"]);
        Assert.Null(scores["note"]);
        Assert.Null(scores["absent"]);
        Assert.Null(scores.Exact("absent"));
    }

    [Fact]
    public void TheReplayDictionaryKeepsEveryScoreInStoredOrderWithItsNulls()
    {
        var replay = ResponseScores.Parse("""{"total": 2.5, "bond": null, "goal": 1}""").ToDictionary();
        Assert.Equal(["total", "bond", "goal"], replay.Keys);
        Assert.Equal([2.5, null, 1.0], replay.Values);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("[1, 2]")]
    public void NoTextOrAJsonValueThatIsNotAnObjectHoldsNoScores(string? json)
    {
        Assert.Empty(ResponseScores.Parse(json).Ids);
        Assert.Empty(ResponseAnswers.Parse(json).Ids);
    }

    [Fact]
    public void AnswersReadAsTheSurveyAndTheExportNeedThem()
    {
        var answers = ResponseAnswers.Parse(ResponseAnswers.Json(new Dictionary<string, decimal?> { ["a1"] = 4, ["a2"] = 7.30m, ["a9"] = null }));
        Assert.Equal(new Dictionary<string, double?> { ["a1"] = 4, ["a2"] = 7.3, ["a9"] = null }, answers.ToDictionary());
        Assert.Equal("7.30", answers.Exact("a2")?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Scores answers as the importer and the demo do, stores them as JSON and reads them back.</summary>
    private static ResponseScores Stored(string definition, Dictionary<string, decimal?> answers)
    {
        var scorer = new InstrumentScorer(InstrumentLoader.Load(definition, "test").GetOrThrow());
        return ResponseScores.Parse(ResponseScores.Json(scorer.Score(ResponseAnswers.ForScoring(answers))));
    }
}
