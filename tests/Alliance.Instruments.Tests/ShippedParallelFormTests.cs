namespace Alliance.Instruments.Tests;

public class ShippedParallelFormTests
{
    private static InstrumentCatalog Catalog => InstrumentCatalog.Shipped;

    [Theory]
    [InlineData("wa", "working-alliance")]
    [InlineData("rr", "real-relationship")]
    [InlineData("rp", "reparative-relationship")]
    [InlineData("tr", "transferential-relationship")]
    [InlineData("tp", "transpersonal-relationship")]
    public void ShippedPairsResolveBothWays(string family, string construct)
    {
        var client = Catalog.Get($"{family}-client");
        var therapist = Catalog.Get($"{family}-therapist");
        Assert.Same(therapist, Catalog.PartnerOf(client));
        Assert.Same(client, Catalog.PartnerOf(therapist));
        Assert.True(ParallelForms.AreDeclaredPair(client, therapist));
        Assert.True(ParallelForms.AreDeclaredPair(therapist, client));
        Assert.Equal((construct, construct), (client.Header.Construct, therapist.Header.Construct));
    }

    [Theory]
    [InlineData("session-vas", "session-rating")]
    [InlineData("srs", "session-rating")]
    [InlineData("wai-sr", "working-alliance")]
    public void FormsWithoutAShippedPartnerNameTheirConstructAndHaveNoPartner(string id, string construct)
    {
        var form = Catalog.Get(id);
        Assert.Equal(construct, form.Header.Construct);
        Assert.Null(form.Header.ParallelForm);
        Assert.Null(Catalog.PartnerOf(form));
        Assert.DoesNotContain(Catalog.Instruments, other => ParallelForms.AreDeclaredPair(form, other) || ParallelForms.AreDeclaredPair(other, form));
    }

    [Fact]
    public void TheSessionFormIsNeverPairedWithTheTherapistsWorkingAllianceForm()
    {
        var vas = Catalog.Get("session-vas");
        var therapist = Catalog.Get("wa-therapist");
        Assert.False(ParallelForms.AreDeclaredPair(vas, therapist));
        Assert.Null(ParallelForms.PartnerOf(vas, Catalog.Instruments));
        Assert.NotEqual("session-vas", Catalog.PartnerOf(therapist)!.Id);
    }

    [Fact]
    public void FormsOfDifferentPairsAreNotAPair()
    {
        Assert.False(ParallelForms.AreDeclaredPair(Catalog.Get("wa-client"), Catalog.Get("rr-therapist")));
        Assert.Null(ParallelForms.PartnerOf(Catalog.Get("wa-client"), [Catalog.Get("rr-therapist"), Catalog.Get("wai-sr")]));
    }

    [Fact]
    public void ScoreRangesFollowTheScoringRule()
    {
        Assert.Equal(new ScoreRange(0, 40), Catalog.Get("session-vas").Total!.Range);
        Assert.Equal(new ScoreRange(1, 5), Catalog.Get("wa-client").Total!.Range);
        Assert.Equal(new ScoreRange(1, 5), Catalog.Get("rr-therapist").Subscales[0].Range);
        Assert.Equal(new ScoreRange(4, 20), MiniInstrument.Load().Subscales[0].Range);
        Assert.Equal("0–40", Catalog.Get("srs").Total!.Range.ToString());
    }
}
