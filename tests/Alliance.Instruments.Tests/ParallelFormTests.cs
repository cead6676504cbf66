using Alliance.Instruments.Loading;

namespace Alliance.Instruments.Tests;

public class ParallelFormTests
{
    private static readonly string Client = MiniPair.Form("mini-client", "client", partner: "mini-therapist");
    private static readonly string Therapist = MiniPair.Form("mini-therapist", "therapist", partner: "mini-client");

    private static InstrumentProblem SingleProblemOf(InstrumentLoadResult result)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Instrument);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void AMatchingPairLoadsCleanAndEachIsTheOthersPartner()
    {
        var results = MiniPair.Check(Client, Therapist);
        Assert.All(results, r => Assert.Empty(r.Problems));
        var (client, therapist) = (results[0].Instrument!, results[1].Instrument!);
        Assert.True(ParallelForms.AreDeclaredPair(client, therapist));
        Assert.True(ParallelForms.AreDeclaredPair(therapist, client));
        Assert.Same(therapist, ParallelForms.PartnerOf(client, [MiniInstrument.Load(), therapist]));
        Assert.Same(client, new InstrumentCatalog([client, therapist]).PartnerOf(therapist));
    }

    [Fact]
    public void APairNamingAMissingFormIsAProblemOfTheDeclaringFile()
    {
        var problem = SingleProblemOf(Assert.Single(MiniPair.Check(MiniPair.Form("mini-client", "client", partner: "mini-nobody"))));
        Assert.Equal(("mini-client.json", "$.parallel_form"), (problem.Source, problem.Path));
        Assert.Equal("parallel form 'mini-nobody' not found among the definitions checked or the shipped instruments", problem.Message);
    }

    [Fact]
    public void APairOfTwoClientFormsIsAProblemOfBothFiles()
    {
        var results = MiniPair.Check(Client, MiniPair.Form("mini-therapist", "client", partner: "mini-client"));
        var client = SingleProblemOf(results[0]);
        Assert.Equal(("mini-client.json", "$.parallel_form"), (client.Source, client.Path));
        Assert.Equal("'mini-therapist' is rated by client; the parallel form of this client form must be rated by the therapist alone", client.Message);
        Assert.Equal("mini-therapist.json", SingleProblemOf(results[1]).Source);
    }

    [Fact]
    public void AOneSidedDeclarationIsAProblemOfTheDeclaringFileOnly()
    {
        var results = MiniPair.Check(Client, MiniPair.Form("mini-therapist", "therapist"));
        var problem = SingleProblemOf(results[0]);
        Assert.Equal("$.parallel_form", problem.Path);
        Assert.Equal("'mini-therapist' declares no parallel form; a pair names each other", problem.Message);
        Assert.True(results[1].Succeeded);
    }

    [Fact]
    public void APartnerThatDeclaresAnotherFormIsAProblem()
    {
        var results = MiniPair.Check(Client, MiniPair.Form("mini-therapist", "therapist", partner: "mini-other"), MiniPair.Form("mini-other", "client", partner: "mini-therapist"));
        Assert.Equal("'mini-therapist' declares 'mini-other' as its parallel form, not 'mini-client'; a pair names each other", SingleProblemOf(results[0]).Message);
        Assert.True(results[1].Succeeded && results[2].Succeeded);
    }

    [Fact]
    public void DifferentConstructsAreAProblemOfBothFiles()
    {
        var results = MiniPair.Check(Client, MiniPair.Form("mini-therapist", "therapist", "other-construct", "mini-client"));
        var client = SingleProblemOf(results[0]);
        Assert.Equal("$.construct", client.Path);
        Assert.Equal("this form measures 'mini-construct' but its parallel form 'mini-therapist' measures 'other-construct'", client.Message);
        Assert.Equal("$.construct", SingleProblemOf(results[1]).Path);
    }

    [Fact]
    public void DifferentSubscaleIdsAreAProblem()
    {
        var results = MiniPair.Check(Client, Therapist.Edit("\"id\": \"v\", \"title\"", "\"id\": \"w\", \"title\""));
        Assert.Equal(
            [
                ("$.subscales", "parallel form 'mini-therapist' has scores this form lacks: w"),
                ("$.subscales[1]", "score 'v' is not in parallel form 'mini-therapist'"),
            ],
            results[0].Problems.Select(p => (p.Path, p.Message)));
        Assert.Null(results[0].Instrument);
    }

    [Fact]
    public void ADifferentScoringRuleIsAProblem()
    {
        var results = MiniPair.Check(Client, Therapist.Edit("\"scoring\": \"sum\"", "\"scoring\": \"mean\""));
        var problem = SingleProblemOf(results[0]);
        Assert.Equal("$.subscales[0].scoring", problem.Path);
        Assert.Equal("score 'a' is a sum here but a mean in parallel form 'mini-therapist'", problem.Message);
    }

    [Fact]
    public void ADifferentScoreRangeIsAProblem()
    {
        var results = MiniPair.Check(Client, Therapist.Edit("\"min\": 1, \"max\": 5", "\"min\": 1, \"max\": 7"));
        Assert.Equal(
            [
                ("$.subscales[0]", "score 'a' ranges 4–20 here but 4–28 in parallel form 'mini-therapist'"),
                ("$.total", "score 'total' ranges 1–5 here but 1–7 in parallel form 'mini-therapist'"),
            ],
            results[0].Problems.Select(p => (p.Path, p.Message)));
    }

    [Fact]
    public void ADeclarationThatDoesNotHoldUpGivesNoPartner()
    {
        var client = MiniPair.Load(Client);
        var therapist = MiniPair.Load(MiniPair.Form("mini-therapist", "therapist", "other-construct", "mini-client"));
        Assert.False(ParallelForms.AreDeclaredPair(client, therapist));
        Assert.Null(ParallelForms.PartnerOf(client, [therapist]));
        Assert.Null(new InstrumentCatalog([client, therapist]).PartnerOf(client));
    }

    [Fact]
    public void AFormWithoutADeclarationHasNoPartnerEvenWhenTheOtherNamesIt()
    {
        var client = MiniPair.Load(MiniPair.Form("mini-client", "client"));
        var therapist = MiniPair.Load(Therapist);
        Assert.Null(ParallelForms.PartnerOf(client, [therapist]));
        Assert.False(ParallelForms.AreDeclaredPair(therapist, client));
    }

    [Fact]
    public void AShippedFormCheckedAloneFindsItsShippedPartner()
    {
        var result = Assert.Single(InstrumentLoader.CheckParallelForms([InstrumentLoader.Load(InstrumentCatalog.ShippedDefinition("wa-client.json")!, "wa-client.json")]));
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void AResearchersFormCannotClaimAShippedFormThatNamesAnother()
    {
        var mine = InstrumentCatalog.ShippedDefinition("wa-client.json")!.Edit("\"id\": \"wa-client\"", "\"id\": \"my-client\"");
        var problem = SingleProblemOf(Assert.Single(MiniPair.Check(mine)));
        Assert.Equal(("my-client.json", "$.parallel_form"), (problem.Source, problem.Path));
        Assert.Equal("'wa-therapist' declares 'wa-client' as its parallel form, not 'my-client'; a pair names each other", problem.Message);
    }

    [Fact]
    public void FormsCheckedTogetherWinOverTheShippedFormOfTheSameId()
    {
        var mine = InstrumentCatalog.ShippedDefinition("wa-client.json")!.Edit("\"id\": \"wa-client\"", "\"id\": \"my-client\"");
        var theirs = InstrumentCatalog.ShippedDefinition("wa-therapist.json")!.Edit("\"parallel_form\": \"wa-client\"", "\"parallel_form\": \"my-client\"");
        Assert.All(MiniPair.Check(mine, theirs), r => Assert.True(r.Succeeded));
    }
}
