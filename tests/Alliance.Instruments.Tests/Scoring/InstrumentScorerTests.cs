using Alliance.Instruments.Scoring;

namespace Alliance.Instruments.Tests.Scoring;

public class InstrumentScorerTests
{
    private const double Tolerance = 1e-9;
    private static readonly InstrumentScorer Mini = new(MiniInstrument.Load());

    private static Dictionary<string, double?> Answers(params (string Item, double? Value)[] answers) =>
        answers.ToDictionary(a => a.Item, a => a.Value);

    [Fact]
    public void ReverseKeyedItemsAreFlippedAsMinPlusMaxMinusX()
    {
        var sheet = Mini.Score(Answers(("a1", 5), ("a2", 5), ("a3", 5), ("a4", 1), ("v1", 1), ("v2", 2)));
        Assert.Equal(20, sheet["a"].Value!.Value, Tolerance);      // a4 = 1 scores as 1 + 5 − 1 = 5
        Assert.Equal(5, sheet["total"].Value!.Value, Tolerance);
        Assert.Equal("complete", sheet["a"].Status);
    }

    [Fact]
    public void SumWithMissingItemsIsProratedAsMeanOfAnsweredTimesItemCount()
    {
        var sheet = Mini.Score(Answers(("a1", 4), ("a2", 2), ("a3", null), ("a4", 5)));
        Assert.Equal((4 + 2 + 1) / 3.0 * 4, sheet["a"].Value!.Value, Tolerance);
        Assert.Equal("prorated: 3 of 4 items answered", sheet["a"].Status);
        Assert.Equal(3, sheet["a"].Answered);
    }

    [Fact]
    public void MeanScoreIsTheMeanOfTheAnsweredItems()
    {
        var sheet = Mini.Score(Answers(("a1", 4), ("a2", 2), ("a4", 5)));
        Assert.Equal(7 / 3.0, sheet["total"].Value!.Value, Tolerance);
        Assert.Equal("mean of 3 of 4 items", sheet["total"].Status);
    }

    [Fact]
    public void TooFewAnsweredItemsMakeTheScoreNotScorableWithTheReason()
    {
        var sheet = Mini.Score(Answers(("a1", 4), ("v1", 7)));
        Assert.Null(sheet["a"].Value);
        Assert.False(sheet["a"].Scorable);
        Assert.Equal("not scorable: 1 of 4 items answered, at least 3 needed", sheet["a"].Status);
        Assert.Equal("not scorable: 1 of 2 items answered, at least 2 needed", sheet["v"].Status);
        Assert.Equal("not scorable: 1 of 4 items answered, at least 2 needed", sheet["total"].Status);
    }

    [Fact]
    public void NoAnswersAtAllAreNotScorable()
    {
        var sheet = Mini.Score(Answers());
        Assert.All(sheet.Scores, s => Assert.Null(s.Value));
        Assert.Null(Assert.Single(sheet.Alerts).Triggered);
    }

    [Fact]
    public void OutOfRangeAnswerIsRejectedNamingTheItem()
    {
        var ex = Assert.Throws<AnswerException>(() => Mini.Score(Answers(("a1", 4), ("a2", 6))));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal(("a2", AnswerProblemKind.OutOfRange), (problem.ItemId, problem.Kind));
        Assert.Equal("item 'a2': 6 is out of range; accepted: 1 to 5 in steps of 1", problem.Message);
    }

    [Fact]
    public void OffStepAnswerIsRejectedNamingTheItem()
    {
        var ex = Assert.Throws<AnswerException>(() => Mini.Score(Answers(("a1", 2.5), ("v1", 7.25))));
        Assert.Equal([("a1", AnswerProblemKind.OffStep), ("v1", AnswerProblemKind.OffStep)], ex.Problems.Select(p => (p.ItemId, p.Kind)));
    }

    [Fact]
    public void UnknownItemIsRejected()
    {
        var ex = Assert.Throws<AnswerException>(() => Mini.Score(Answers(("a1", 2), ("a9", 3))));
        Assert.Equal(("a9", AnswerProblemKind.UnknownItem), (ex.Problems[0].ItemId, ex.Problems[0].Kind));
    }

    [Fact]
    public void InfiniteAnswerIsRejected()
    {
        var check = Mini.Score([1, 1, 1, double.PositiveInfinity, 0, 0], new double[3], new int[3]);
        Assert.Equal((3, AnswerProblemKind.NotANumber), (check.ItemIndex, check.Kind));
    }

    [Fact]
    public void SpanApiReportsTheFirstBadItemByIndex()
    {
        var check = Mini.Score([1, 2, 3, 9, double.NaN, double.NaN], new double[3], new int[3]);
        Assert.False(check.IsValid);
        Assert.Equal((3, AnswerProblemKind.OutOfRange, 9.0), (check.ItemIndex, check.Kind, check.Value));
        Assert.Equal("a4", Mini.Describe(check).ItemId);
    }

    [Fact]
    public void DecimalStepsOfAVisualAnalogueScaleAreAccepted()
    {
        var sheet = Mini.Score(Answers(("v1", 7.3), ("v2", 8.1)));
        Assert.Equal(7.7, sheet["v"].Value!.Value, Tolerance);
    }

    [Fact]
    public void SumsOfDecimalStepsCarryNoBinaryNoise()
    {
        var scorer = new InstrumentScorer(InstrumentCatalog.Shipped.Get("session-vas"));
        var sheet = scorer.Score(Answers(("sv1", 7.3), ("sv2", 8.1), ("sv3", 9.2), ("sv4", 9.0)));
        Assert.Equal(33.6, sheet["total"].Value); // exact: 7.3 + 8.1 + 9.2 + 9.0 in doubles is 33.599999999999994
    }

    [Fact]
    public void AlertIsRaisedWhenTheScoreMeetsTheCutoff()
    {
        var low = Mini.Score(Answers(("a1", 2), ("a2", 2), ("a3", 2), ("a4", 4)));   // a = 8 < 10
        var high = Mini.Score(Answers(("a1", 3), ("a2", 3), ("a3", 3), ("a4", 4)));  // a = 11
        Assert.True(Assert.Single(low.Alerts).Triggered);
        Assert.False(Assert.Single(high.Alerts).Triggered);
    }

    [Fact]
    public void AlertIsNotEvaluatedWhenItsScoreIsNotScorable()
    {
        var sheet = Mini.Score(Answers(("a1", 1)));
        Assert.Null(Assert.Single(sheet.Alerts).Triggered);
    }

    [Fact]
    public void CutoffThresholdCanBeOverridden()
    {
        var scorer = new InstrumentScorer(MiniInstrument.Load(), new Dictionary<string, double> { ["low-a"] = 8 });
        var sheet = scorer.Score(Answers(("a1", 2), ("a2", 2), ("a3", 2), ("a4", 4)));  // a = 8, not < 8
        Assert.False(Assert.Single(sheet.Alerts).Triggered);
        Assert.Equal("a < 8", scorer.Cutoffs[0].Expression);
    }

    [Fact]
    public void OverridingAnUnknownCutoffIsAnError()
    {
        var ex = Assert.Throws<ArgumentException>(() => new InstrumentScorer(MiniInstrument.Load(), new Dictionary<string, double> { ["nope"] = 1 }));
        Assert.Contains("low-a", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SessionCheckAlertsBelow36ButNotAt36()
    {
        var scorer = new InstrumentScorer(InstrumentCatalog.Shipped.Get("session-vas"));
        Assert.True(scorer.Score(Answers(("sv1", 9), ("sv2", 9), ("sv3", 9), ("sv4", 8.9))).Alerts[0].Triggered);
        Assert.False(scorer.Score(Answers(("sv1", 9), ("sv2", 9), ("sv3", 9), ("sv4", 9))).Alerts[0].Triggered);
    }

    [Fact]
    public void RequiredItemsAreEnforcedOnlyWhenCompletenessIsChecked()
    {
        var answers = Answers(("a2", 3), ("a4", 3), ("v1", 1), ("v2", 1));
        var problems = Mini.Check(answers, requireRequiredItems: true);
        var problem = Assert.Single(problems);                   // a3 is skippable, a1 is not
        Assert.Equal(("a1", AnswerProblemKind.RequiredMissing), (problem.ItemId, problem.Kind));
        Assert.Empty(Mini.Check(answers, requireRequiredItems: false));
    }

    [Fact]
    public void WaiSrKeyScoresSubscalesAsItemMeans()
    {
        var scorer = new InstrumentScorer(InstrumentCatalog.Shipped.Get("wai-sr"));
        var answers = Enumerable.Range(1, 12).ToDictionary(i => $"wai{i}", i => (double?)((i - 1) % 5 + 1));
        var sheet = scorer.Score(answers);
        Assert.Equal((1 + 2 + 5 + 2) / 4.0, sheet["task"].Value!.Value, Tolerance);
        Assert.Equal((3 + 5 + 2 + 4) / 4.0, sheet["bond"].Value!.Value, Tolerance);
        Assert.Equal((4 + 1 + 3 + 1) / 4.0, sheet["goal"].Value!.Value, Tolerance);
        Assert.Equal(33 / 12.0, sheet["total"].Value!.Value, Tolerance);
    }

    [Fact]
    public void SpanApiAllocatesNothingPerResponse()
    {
        double[] answers = [4, 2, double.NaN, 5, 7.3, 8.1];
        var scores = new double[3];
        var answered = new int[3];
        Mini.Score(answers, scores, answered);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            Mini.Score(answers, scores, answered);
            _ = Mini.IsAlert(0, scores);
            _ = Mini.Status(0, answered[0]);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
