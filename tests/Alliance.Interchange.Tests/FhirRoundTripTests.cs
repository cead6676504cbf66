using System.Text;
using Alliance.Instruments;
using Alliance.Instruments.Loading;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Alliance.Interchange.Tests;

public class FhirRoundTripTests
{
    public static TheoryData<string> ShippedIds() => [.. InstrumentCatalog.Shipped.Instruments.Select(i => i.Id)];

    [Theory]
    [MemberData(nameof(ShippedIds))]
    public void EveryShippedInstrumentKeepsItsContentHashThroughFhir(string id)
    {
        var definition = InstrumentCatalog.ShippedDefinition(id + ".json")!;
        var questionnaire = DefinitionExport.ToFhir(definition, id + ".json");

        var back = Import(questionnaire);

        Assert.Empty(back.Problems);
        var reloaded = InstrumentLoader.Load(back.Definition!, id).GetOrThrow();
        Assert.Equal(InstrumentCatalog.Shipped.Get(id).ContentHash, reloaded.ContentHash);
    }

    [Fact]
    public void ExportedQuestionnaireIsReadableByTheFhirParserWithItemsAnswerOptionsAndTranslations()
    {
        var json = DefinitionExport.ToFhir(InstrumentCatalog.ShippedDefinition("wa-client.json")!);

        var q = new FhirJsonDeserializer().Deserialize<Questionnaire>(json);

        var wa = InstrumentCatalog.Shipped.Get("wa-client");
        Assert.Equal(wa.Items.Count, q.Item.Count);
        Assert.Equal(wa.Items[0].Id, q.Item[0].LinkId);
        Assert.Equal(wa.Items[0].Text.Get("en"), q.Item[0].Text);
        var german = q.Item[0].TextElement!.Extension.Single(e => e.Url == "http://hl7.org/fhir/StructureDefinition/translation");
        Assert.Equal(wa.Items[0].Text.Get("de"), Assert.IsType<FhirString>(german.GetExtension("content")?.Value).Value);
        Assert.Equal(Questionnaire.QuestionnaireItemType.Choice, q.Item[0].Type);
        Assert.Equal((int)(wa.Items[0].Scale.Max - wa.Items[0].Scale.Min) + 1, q.Item[0].AnswerOption.Count);
        Assert.Equal("wa-client", q.Identifier.Single().Value);
    }

    [Fact]
    public void VisualAnalogueItemsBecomeDecimalSlidersWithTheirRange()
    {
        var q = new FhirJsonDeserializer().Deserialize<Questionnaire>(DefinitionExport.ToFhir(InstrumentCatalog.ShippedDefinition("session-vas.json")!));

        var item = q.Item[0];
        Assert.Equal(Questionnaire.QuestionnaireItemType.Decimal, item.Type);
        Assert.Equal("slider", Assert.IsType<CodeableConcept>(item.GetExtension("http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl")?.Value).Coding[0].Code);
        Assert.Equal(10m, Assert.IsType<FhirDecimal>(item.GetExtension("http://hl7.org/fhir/StructureDefinition/maxValue")?.Value).Value);
        Assert.Equal(1, Assert.IsType<Integer>(item.GetExtension("http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces")?.Value).Value);
    }

    [Fact]
    public void AnInvalidDefinitionIsNotExported()
    {
        var ex = Assert.Throws<InstrumentDefinitionException>(() => DefinitionExport.ToFhir("""{"id": "x"}""", "x.json"));

        Assert.Contains("x.json", ex.Message, StringComparison.Ordinal);
    }

    internal static DefinitionImportResult Import(string questionnaire, ImportOptions? options = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(questionnaire));
        return DefinitionImport.Read(ImportFormat.Fhir, stream, options);
    }
}
