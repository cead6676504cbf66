using Alliance.Instruments;
using Alliance.Instruments.Loading;

namespace Alliance.Interchange.Tests;

public class FhirImportTests
{
    // A Questionnaire as another FHIR system writes it: no Alliance extensions, a group, a display item, coded answers
    // (one with ordinalValue), an integer range, a slider and a condition.
    private const string Foreign = """
        {
          "resourceType": "Questionnaire",
          "id": "haq-short",
          "url": "http://example.org/Questionnaire/haq-short",
          "version": "2.1.0",
          "language": "en",
          "status": "active",
          "title": "Helping relationship, short",
          "item": [
            {"linkId": "intro", "type": "display", "text": "About your sessions"},
            {"linkId": "part1", "type": "group", "item": [
              {"linkId": "h1", "type": "choice", "required": true, "text": "I feel I can depend on my therapist.",
               "answerOption": [
                 {"valueCoding": {"system": "http://loinc.org", "code": "LA6568-5", "display": "Not at all",
                   "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": 0}]}},
                 {"valueCoding": {"system": "http://loinc.org", "code": "LA6569-3", "display": "Completely",
                   "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": 1}]}}
               ]},
              {"linkId": "h2", "type": "integer", "text": "Sessions so far",
               "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueInteger": 0},
                             {"url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueInteger": 50}],
               "enableWhen": [{"question": "h1", "operator": "exists", "answerBoolean": true}]},
              {"linkId": "h3", "type": "integer", "text": "How close do you feel?",
               "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueInteger": 0},
                             {"url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueInteger": 100},
                             {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue", "valueInteger": 5},
                             {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
                              "valueCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/questionnaire-item-control", "code": "slider"}]}}]}
            ]}
          ]
        }
        """;

    [Fact]
    public void AQuestionnaireFromAnotherSystemBecomesADefinitionTheLoaderAccepts()
    {
        var result = FhirRoundTripTests.Import(Foreign);

        Assert.Empty(result.Problems);
        var instrument = InstrumentLoader.Load(result.Definition!, "haq").GetOrThrow();
        Assert.Equal(("haq-short", "2.1.0"), (instrument.Id, instrument.Version));
        Assert.Equal(["en"], instrument.Header.Languages);
        Assert.Equal(["h1", "h2", "h3"], instrument.Items.Select(i => i.Id));
        Assert.Equal((ScaleKind.Likert, 0, 1), (instrument.Items[0].Scale.Kind, instrument.Items[0].Scale.Min, instrument.Items[0].Scale.Max));
        Assert.Equal("Completely", instrument.Items[0].Scale.Anchors[1].Label.Get("en"));
        Assert.Equal((ScaleKind.Numeric, 50, false), (instrument.Items[1].Scale.Kind, instrument.Items[1].Scale.Max, instrument.Items[1].Required));
        Assert.Equal((ScaleKind.VisualAnalogue, 5), (instrument.Items[2].Scale.Kind, instrument.Items[2].Scale.Step));
    }

    [Fact]
    public void TranslationsBecomeLanguagesAndEveryTextMissingInOneIsReportedAtItsPath()
    {
        var partlyGerman = Foreign
            .Replace("\"title\": \"Helping relationship, short\",", "\"title\": \"Helping relationship, short\",\n" + Translation("_title", "Hilfreiche Beziehung, kurz"), StringComparison.Ordinal)
            .Replace("\"text\": \"I feel I can depend on my therapist.\",", "\"text\": \"I feel I can depend on my therapist.\",\n" + Translation("_text", "Ich kann mich verlassen."), StringComparison.Ordinal);

        var result = FhirRoundTripTests.Import(partlyGerman);

        Assert.Null(result.Definition);
        Assert.All(result.Problems, p => Assert.Contains("missing translation for declared language 'de'", p.Message, StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Location == "Questionnaire.description");
        Assert.Contains(result.Problems, p => p.Location == "Questionnaire.item[1].item[1] (linkId 'h2')" && p.Message.EndsWith("$.items[1].text)", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Problems, p => p.Message.EndsWith("$.items[0].text)", StringComparison.Ordinal) || p.Message.EndsWith("$.title)", StringComparison.Ordinal));
    }

    private static string Translation(string element, string german) =>
        $$"""
        "{{element}}": {"extension": [{"url": "http://hl7.org/fhir/StructureDefinition/translation",
          "extension": [{"url": "lang", "valueCode": "de"}, {"url": "content", "valueString": "{{german}}"}]}]},
        """;

    [Fact]
    public void DisplayItemsAndConditionsAreNotedByPath()
    {
        var result = FhirRoundTripTests.Import(Foreign);

        Assert.Contains(result.Notes, n => n.Location == "Questionnaire.item[0] (linkId 'intro')");
        Assert.Contains(result.Notes, n => n.Location == "Questionnaire.item[1].item[1] (linkId 'h2')" && n.Message.Contains("enableWhen", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryProblemIsReportedAtOnceWithItsFhirPathAndNoDefinitionIsProduced()
    {
        var result = FhirRoundTripTests.Import("""
            {"resourceType": "Questionnaire", "id": "bad", "status": "draft", "item": [
              {"linkId": "a", "type": "string", "text": "Name"},
              {"linkId": "b", "type": "choice", "text": "Pick", "answerOption": [{"valueCoding": {"code": "x", "display": "X"}}]},
              {"linkId": "c", "type": "decimal", "text": "Weight"}
            ]}
            """);

        Assert.Null(result.Definition);
        Assert.Equal(["Questionnaire.item[0] (linkId 'a')", "Questionnaire.item[1] (linkId 'b').answerOption[0]", "Questionnaire.item[2] (linkId 'c')"],
            result.Problems.Select(p => p.Location));
    }

    [Fact]
    public void TheLoadersProblemsAreLocatedAtTheItemTheyCameFrom()
    {
        var result = FhirRoundTripTests.Import("""
            {"resourceType": "Questionnaire", "id": "dup", "status": "draft", "title": "Dup", "item": [
              {"linkId": "a", "type": "integer", "text": "One", "extension": [
                {"url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueInteger": 0}, {"url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueInteger": 3}]},
              {"linkId": "a", "type": "integer", "text": "Two", "extension": [
                {"url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueInteger": 0}, {"url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueInteger": 3}]}
            ]}
            """);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("Questionnaire.item[1] (linkId 'a')", problem.Location);
        Assert.Contains("duplicate item id", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextThatIsNotAQuestionnaireIsAProblemNotAnException()
    {
        var result = FhirRoundTripTests.Import("""{"resourceType": "Patient", "id": "p1"}""");

        Assert.Null(result.Definition);
        Assert.NotEmpty(result.Problems);
    }
}
