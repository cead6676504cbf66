using System.Globalization;
using Alliance.Analysis.Mixed;
using Alliance.Analysis.Tabular;

namespace Alliance.Analysis.Tests.Mixed;

public sealed class LikelihoodRatioTestTests
{
    [Fact]
    public void RandomSlopeComparisonMatchesLme4Anova()
    {
        var reference = CsvTable.ReadFile(Lme4Reference.DataPath("lme4_anova.csv"));
        double Value(string column) => double.Parse(reference.Cell(0, reference.ColumnIndex(column))!, CultureInfo.InvariantCulture);
        var result = LikelihoodRatioTest.Compare(Lme4Reference.Data("alliance.csv"),
            "alliance ~ session + arm + (1 | client) + (1 | therapist)",
            "alliance ~ session + arm + (1 + session | client) + (1 | therapist)");
        Assert.Equal(Value("df"), result.Df);
        Assert.Equal(Value("deviance0"), result.Smaller.Deviance, 1e-5 * Value("deviance0"));
        Assert.Equal(Value("chisq"), result.ChiSquare, 1e-4 * Value("chisq"));
        Assert.Equal(Value("p"), result.P, 1e-3 * Value("p") + 1e-300);
        Assert.False(result.Larger.Reml);
    }

    [Fact]
    public void ModelWithoutExtraParametersIsRejected() =>
        Assert.Throws<ArgumentException>(() => LikelihoodRatioTest.Compare(Lme4Reference.Data("sleepstudy.csv"),
            "Reaction ~ Days + (Days | Subject)", "Reaction ~ Days + (1 | Subject)"));
}
