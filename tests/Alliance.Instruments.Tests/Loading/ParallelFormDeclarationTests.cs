using Alliance.Instruments.Loading;

namespace Alliance.Instruments.Tests.Loading;

/// <summary>What a single definition's <c>construct</c> and <c>parallel_form</c> must satisfy on their own.</summary>
public class ParallelFormDeclarationTests
{
    private static void AssertSingleProblem(string json, string path, string message)
    {
        var result = InstrumentLoader.Load(json, "mini.json");
        Assert.Null(result.Instrument);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("mini.json", path), (problem.Source, problem.Path));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConstructAndParallelFormAreReadIntoTheHeader()
    {
        var header = MiniPair.Load(MiniPair.Form("mini", "client", partner: "mini-therapist")).Header;
        Assert.Equal(("mini-construct", "mini-therapist"), (header.Construct, header.ParallelForm));
    }

    [Fact]
    public void AConstructWithoutAParallelFormIsValid()
    {
        var header = MiniPair.Load(MiniPair.Form("mini", "client")).Header;
        Assert.Equal("mini-construct", header.Construct);
        Assert.Null(header.ParallelForm);
        Assert.Null(MiniInstrument.Load().Header.Construct);
    }

    [Fact]
    public void ConstructMustBeASlug() =>
        AssertSingleProblem(MiniPair.Form("mini", "client", "Working Alliance"), "$.construct", "'Working Alliance' is not valid here");

    [Fact]
    public void ParallelFormMustBeAnInstrumentId() =>
        AssertSingleProblem(MiniPair.Form("mini", "client", partner: "WA therapist"), "$.parallel_form", "'WA therapist' is not valid here");

    [Fact]
    public void AFormCannotBeItsOwnParallelForm() =>
        AssertSingleProblem(MiniPair.Form("mini", "client", partner: "mini"), "$.parallel_form", "'mini' is this instrument's own id");

    [Fact]
    public void AParallelFormNeedsAConstruct() =>
        AssertSingleProblem(MiniPair.Form("mini", "client", construct: null, partner: "mini-therapist"), "$", "must name its 'construct'");

    [Fact]
    public void AParallelFormNeedsAConstructThatIsNotNull() =>
        AssertSingleProblem(MiniPair.Form("mini", "client", construct: null, partner: "mini-therapist").Edit("\"raters\": [\"client\"], ", "\"raters\": [\"client\"], \"construct\": null, "),
            "$", "must name its 'construct'");

    [Fact]
    public void AnObserverFormHasNoParallelForm() =>
        AssertSingleProblem(MiniPair.Form("mini", "observer", partner: "mini-therapist"), "$.raters",
            "rated by exactly one of client or therapist (its partner 'mini-therapist' by the other); found observer");

    [Fact]
    public void AFormForTwoRatersHasNoParallelForm() =>
        AssertSingleProblem(MiniPair.Form("mini", "client", partner: "mini-therapist").Edit("\"raters\": [\"client\"]", "\"raters\": [\"client\", \"therapist\"]"),
            "$.raters", "found client and therapist");

    [Fact]
    public void AddingADeclarationChangesTheContentHash() =>
        Assert.NotEqual(MiniInstrument.Load().ContentHash, MiniPair.Load(MiniPair.Form("mini", "client")).ContentHash);
}
