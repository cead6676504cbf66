using Alliance.Instruments.Loading;

namespace Alliance.Instruments.Tests.Loading;

public class DefinitionProblemTests
{
    private static IReadOnlyList<InstrumentProblem> Problems(string json)
    {
        var result = InstrumentLoader.Load(json, "mini.json");
        Assert.False(result.Succeeded);
        Assert.Null(result.Instrument);
        return result.Problems;
    }

    private static void AssertSingleProblem(string json, string path, string message)
    {
        var problem = Assert.Single(Problems(json));
        Assert.Equal("mini.json", problem.Source);
        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBaselineDefinitionIsValid()
    {
        var result = InstrumentLoader.Load(MiniInstrument.Json, "mini.json");
        Assert.Empty(result.Problems);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void MalformedJsonIsReportedWithLineAndPosition()
    {
        const string json = """
            {
              "id": "mini",
              "version": "1.0.0",,
              "languages": ["en"]
            }
            """;
        var problem = Assert.Single(Problems(json));
        Assert.Equal("line 3, position 22", problem.Path); // the second comma
        Assert.StartsWith("malformed JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATopLevelArrayIsNotADefinition() =>
        AssertSingleProblem("""[{"id": "mini"}]""", "$", "expected an object, found an array");

    [Fact]
    public void MissingRequiredFieldIsNamed() =>
        AssertSingleProblem(MiniInstrument.With("""  "citation": "none",""", ""), "$", "missing required field 'citation'");

    [Fact]
    public void WrongValueTypeIsNamed() =>
        AssertSingleProblem(MiniInstrument.With("""validated": false,""", """validated": "no","""), "$.validated", "expected true or false");

    [Fact]
    public void UnknownPropertyIsReportedSoTyposDoNotPassSilently() =>
        AssertSingleProblem(MiniInstrument.With("""reverse_keyed": ["a4"]""", """reverse_keyd": ["a4"]"""), "$.reverse_keyd", "unknown property 'reverse_keyd'");

    [Fact]
    public void InstrumentIdMustBeASlug() =>
        AssertSingleProblem(MiniInstrument.With("""id": "mini""", """id": "Mini Form"""), "$.id", "'Mini Form' is not valid here");

    [Fact]
    public void VersionMustBeSemantic() =>
        AssertSingleProblem(MiniInstrument.With("""version": "1.0.0""", """version": "1.0"""), "$.version", "semantic version");

    [Fact]
    public void MissingTranslationForADeclaredLanguageIsReported() =>
        AssertSingleProblem(MiniInstrument.With("""{"en": "Two", "de": "Zwei"}""", """{"en": "Two"}"""), "$.items[1].text", "missing translation for declared language 'de'");

    [Fact]
    public void TextInAnUndeclaredLanguageIsReported() =>
        AssertSingleProblem(MiniInstrument.With("""{"en": "Mini", "de": "Mini"}""", """{"en": "Mini", "de": "Mini", "fr": "Mini"}"""), "$.title.fr", "language 'fr' is not declared");

    [Fact]
    public void UnknownRaterRoleIsReported() =>
        AssertSingleProblem(MiniInstrument.With("""raters": ["client"]""", """raters": ["client", "patient"]"""), "$.raters[1]", "unknown rater role 'patient'");

    [Fact]
    public void DuplicateItemIdIsReported()
    {
        var problems = Problems(MiniInstrument.With("""id": "a2", "text""", """id": "a1", "text"""));
        Assert.Contains(problems, p => p.Path == "$.items[1].id" && p.Message == "duplicate item id 'a1'");
        // a2 no longer exists, so the subscale and the total that list it are reported too
        Assert.Contains(problems, p => p.Path == "$.subscales[0].items[1]" && p.Message == "unknown item 'a2'");
        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void DuplicateScaleIdIsReported()
    {
        var problems = Problems(MiniInstrument.With("""id": "vas", "type""", """id": "f5", "type"""));
        Assert.Contains(problems, p => p.Path == "$.scales[1].id" && p.Message == "duplicate scale id 'f5'");
        Assert.Contains(problems, p => p.Path == "$.items[4].scale" && p.Message == "unknown scale 'vas'");
        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void DuplicateSubscaleIdIsReported() =>
        AssertSingleProblem(MiniInstrument.With("""id": "v", "title""", """id": "a", "title"""), "$.subscales[1].id", "duplicate subscale id 'a'");

    [Fact]
    public void ItemReferencingAnUnknownScaleIsReported() =>
        AssertSingleProblem(MiniInstrument.With("""text": {"en": "Four", "de": "Vier"}, "scale": "f5""", """text": {"en": "Four", "de": "Vier"}, "scale": "freq7"""),
            "$.items[3].scale", "unknown scale 'freq7'");

    [Fact]
    public void SubscaleReferencingAnUnknownItemIsReported() =>
        AssertSingleProblem(MiniInstrument.With("""items": ["v1", "v2"]""", """items": ["v1", "v9"]"""), "$.subscales[1].items[1]", "unknown item 'v9'");

    [Fact]
    public void ReverseKeyOfAnUnknownItemIsReported() =>
        AssertSingleProblem(MiniInstrument.With("""reverse_keyed": ["a4"]""", """reverse_keyed": ["a9"]"""), "$.reverse_keyed[0]", "reverse key of unknown item 'a9'");

    [Fact]
    public void ScaleWithMinAboveMaxIsReported() =>
        AssertSingleProblem(MiniInstrument.With("""min": 0, "max": 10""", """min": 10, "max": 0"""), "$.scales[1]", "scale bounds invalid: min 10 must be below max 0");

    [Fact]
    public void ScaleStepThatDoesNotDivideTheRangeIsReported() =>
        AssertSingleProblem(MiniInstrument.With("""step": 0.1""", """step": 3"""), "$.scales[1].step", "does not divide the range");

    [Fact]
    public void NonPositiveStepIsReported() =>
        AssertSingleProblem(MiniInstrument.With("""step": 0.1""", """step": 0"""), "$.scales[1].step", "must be positive");

    [Fact]
    public void VisualAnalogueScaleWithoutStepIsReported() =>
        AssertSingleProblem(MiniInstrument.With(""", "step": 0.1""", ""), "$.scales[1]", "missing required field 'step'");

    [Fact]
    public void AnchorOutsideTheScaleIsReported() =>
        AssertSingleProblem(MiniInstrument.With("""value": 5, "label""", """value": 6, "label"""), "$.scales[0].anchors[1].value", "anchor value 6 is not a value of the scale");

    [Fact]
    public void UnknownScaleTypeIsReported() =>
        AssertSingleProblem(MiniInstrument.With("""type": "visual_analogue""", """type": "slider"""), "$.scales[1].type", "unknown scale type 'slider'");

    [Fact]
    public void UnknownScoringRuleIsReported() =>
        AssertSingleProblem(MiniInstrument.With("""scoring": "sum""", """scoring": "median"""), "$.subscales[0].scoring", "unknown scoring rule 'median'");

    [Fact]
    public void MissingRuleAskingForMoreItemsThanTheSubscaleHasIsReported() =>
        AssertSingleProblem(MiniInstrument.With("""min_answered": 3""", """min_answered": 5"""), "$.subscales[0].missing.min_answered", "from 1 to the item count 4");

    [Fact]
    public void MissingRuleWithFractionAboveOneIsReported() =>
        AssertSingleProblem(MiniInstrument.With("""min_fraction": 0.5""", """min_fraction": 1.5"""), "$.total.missing.min_fraction", "must be above 0 and at most 1");

    [Fact]
    public void MissingRuleWithBothFormsIsReported() =>
        AssertSingleProblem(MiniInstrument.With("""{"min_answered": 3}""", """{"min_answered": 3, "min_fraction": 0.5}"""), "$.subscales[0].missing", "exactly one of");

    [Fact]
    public void BadCutoffExpressionIsReported() =>
        AssertSingleProblem(MiniInstrument.With("""when": "a < 10""", """when": "a is below 10"""), "$.cutoffs[0].when", "bad cutoff expression 'a is below 10'");

    [Fact]
    public void CutoffOnAnUnknownScoreIsReported() =>
        AssertSingleProblem(MiniInstrument.With("""when": "a < 10""", """when": "bond < 10"""), "$.cutoffs[0].when", "unknown score 'bond'");

    [Fact]
    public void SubscaleNamedTotalIsReported() =>
        AssertSingleProblem(MiniInstrument.With("""id": "v", "title""", """id": "total", "title"""), "$.subscales[1].id", "'total' is reserved");

    [Fact]
    public void ItemWithoutTextIsReportedWhenNoItemTextFileIsDeclared() =>
        AssertSingleProblem(MiniInstrument.With(""", "text": {"en": "One", "de": "Eins"}""", ""), "$.items[0]", "missing required field 'text'");

    [Fact]
    public void DefinitionWithNothingToScoreIsReported()
    {
        var start = MiniInstrument.Json.IndexOf("\"reverse_keyed\"", StringComparison.Ordinal);
        var json = MiniInstrument.Json[..start].TrimEnd().TrimEnd(',') + "\n}";
        AssertSingleProblem(json, "$", "nothing to score");
    }

    [Fact]
    public void EveryProblemIsReportedNotJustTheFirst()
    {
        var json = MiniInstrument.With("""version": "1.0.0""", """version": "one""")
            .Replace("""scale": "f5"}""", """scale": "freq7"}""", StringComparison.Ordinal)
            .Replace("""reverse_keyed": ["a4"]""", """reverse_keyed": ["zz"]""", StringComparison.Ordinal);
        var problems = Problems(json);
        Assert.Contains(problems, p => p.Path == "$.version");
        Assert.Contains(problems, p => p.Path == "$.items[0].scale" && p.Message == "unknown scale 'freq7'");
        Assert.Contains(problems, p => p.Path == "$.items[1].scale");
        Assert.Contains(problems, p => p.Path == "$.items[3].scale");
        Assert.Contains(problems, p => p.Path == "$.reverse_keyed[0]");
        Assert.Equal(5, problems.Count);
    }

    [Fact]
    public void ProblemsPrintAsFileThenPathThenMessage()
    {
        var json = MiniInstrument.With("""text": {"en": "Four", "de": "Vier"}, "scale": "f5""", """text": {"en": "Four", "de": "Vier"}, "scale": "freq7""");
        Assert.Equal("mini.json: $.items[3].scale: unknown scale 'freq7'", Assert.Single(Problems(json)).ToString());
    }

    [Fact]
    public void GetOrThrowListsEveryProblem()
    {
        var result = InstrumentLoader.Load(MiniInstrument.With("""version": "1.0.0""", """version": "x"""), "mini.json");
        var ex = Assert.Throws<InstrumentDefinitionException>(result.GetOrThrow);
        Assert.Single(ex.Problems);
        Assert.Contains("$.version", ex.Message, StringComparison.Ordinal);
    }
}
