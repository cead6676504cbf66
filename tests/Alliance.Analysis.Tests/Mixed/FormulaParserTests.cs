using System.Globalization;
using Alliance.Analysis.Mixed;
using Alliance.Analysis.Tabular;

namespace Alliance.Analysis.Tests.Mixed;

public sealed class FormulaParserTests
{
    private static string Terms(MixedFormula f) => string.Join(" + ", f.FixedTerms.Select(t => string.Join(":", t)));

    [Fact]
    public void StarExpandsToMainEffectsAndInteractionOrderedByDegree()
    {
        var f = MixedFormula.Parse("y ~ x:z + x*z + w + (1 | g)");
        Assert.Equal("x + z + w + x:z", Terms(f));
        Assert.True(f.Intercept);
    }

    [Theory]
    [InlineData("y ~ x - 1 + (1 | g)")]
    [InlineData("y ~ 0 + x + (1 | g)")]
    public void InterceptCanBeRemoved(string formula) => Assert.False(MixedFormula.Parse(formula).Intercept);

    [Fact]
    public void CorrelatedRandomTermKeepsItsColumnsTogether()
    {
        var r = Assert.Single(MixedFormula.Parse("y ~ x + (1 + x | g)").RandomTerms);
        Assert.True(r.Intercept);
        Assert.Equal("x", string.Join(":", r.Terms.Single()));
        Assert.Equal("g", r.Group);
    }

    [Fact]
    public void DoubleBarSplitsIntoUncorrelatedTermsAsLme4Does()
    {
        var terms = MixedFormula.Parse("y ~ x + (x || g)").RandomTerms;
        Assert.Equal(2, terms.Count);
        Assert.True(terms[0].Intercept && terms[0].Terms.Count == 0);
        Assert.True(!terms[1].Intercept && terms[1].Terms.Single().Single() == "x");
    }

    [Fact]
    public void SlashNestsGroupingFactorsWithLme4Names()
    {
        var terms = MixedFormula.Parse("y ~ 1 + (1 | therapist/client)").RandomTerms;
        Assert.Equal(["client:therapist", "therapist"], terms.Select(t => t.Group));
    }

    [Fact]
    public void ZeroPlusRemovesTheRandomIntercept()
    {
        var r = Assert.Single(MixedFormula.Parse("y ~ x + (0 + x | g)").RandomTerms);
        Assert.False(r.Intercept);
    }

    [Theory]
    [InlineData("y ~ x + (1 | )", 14, "grouping variable")]
    [InlineData("y x", 3, "'~'")]
    [InlineData("y ~ x + (1 + x g)", 16, "found 'g'")]
    [InlineData("y ~ x $ z", 7, "unexpected character")]
    [InlineData("y ~ log(x) + (1 | g)", 5, "not supported")]
    [InlineData("y ~ x + (1 | g", 15, "')'")]
    public void BadFormulasNameTheCharacterAtFault(string formula, int position, string problem)
    {
        var error = Assert.Throws<FormulaException>(() => MixedFormula.Parse(formula));
        Assert.Equal(position, error.Position);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownColumnIsNamedWithTheAvailableOnes()
    {
        var data = MixedData.FromCsv(CsvTable.Read(new StringReader("""
            y,x,g
            1,2,a
            """), "t.csv"));
        var error = Assert.Throws<FormulaException>(() => LinearMixedModel.Fit(data, "y ~ z + (1 | g)"));
        Assert.Equal(5, error.Position);
        Assert.Contains("no column named 'z' in t.csv; the columns are: y, x, g", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextPredictorsGetTreatmentContrastsNamedAsInR()
    {
        var rows = Enumerable.Range(0, 12).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"{i % 3 + 0.1 * i * i},{(i % 3 == 0 ? "C" : i % 3 == 1 ? "A" : "B")},{i},g{i % 4}"));
        var data = MixedData.FromCsv(CsvTable.Read(new StringReader("y,arm,x,g\n" + string.Join("\n", rows)), "t.csv"));
        var fit = LinearMixedModel.Fit(data, "y ~ x * arm + (1 | g)");
        Assert.Equal(["(Intercept)", "x", "armB", "armC", "x:armB", "x:armC"], fit.Fixed.Select(f => f.Term));
    }

    [Fact]
    public void GroupingFactorWithALevelPerRowIsRejectedAsLme4Does()
    {
        var data = MixedData.FromCsv(CsvTable.Read(new StringReader("""
            y,x,g
            1,2,a
            2,3,b
            4,1,c
            """), "t.csv"));
        var error = Assert.Throws<FormulaException>(() => LinearMixedModel.Fit(data, "y ~ x + (1 | g)"));
        Assert.Contains("fewer levels than observations", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextResponseIsAnError()
    {
        var data = MixedData.FromCsv(CsvTable.Read(new StringReader("""
            y,x,g
            a,2,a
            b,3,a
            """), "t.csv"));
        Assert.Contains("is not numeric", Assert.Throws<FormulaException>(() => LinearMixedModel.Fit(data, "y ~ x + (1 | g)")).Message, StringComparison.Ordinal);
    }
}
