using Alliance.Data.Instruments;

namespace Alliance.Data.Tests.Instruments;

public sealed class FrozenDefinitionTests
{
    // Shaped like instruments/*.json of Alliance.Instruments (named scales, anchors, subscales, reverse keys).
    private const string CatalogFormat = """
        {
          "id": "t-form", "version": "1.2.0",
          "title": { "de": "Testbogen", "en": "Test form" },
          "scales": [
            { "id": "f4", "type": "likert", "min": 1, "max": 4,
              "anchors": [ { "value": 1, "label": { "en": "Never" } }, { "value": 4, "label": { "en": "Always" } } ] },
            { "id": "vas", "type": "visual_analogue", "min": 0, "max": 10, "step": 0.1 }
          ],
          "items": [
            { "id": "x1", "scale": "f4" },
            { "id": "x2", "scale": "f4", "required": false },
            { "id": "x3", "scale": "vas" }
          ],
          "reverse_keyed": ["x2"],
          "subscales": [ { "id": "near", "items": ["x1", "x2"] } ]
        }
        """;

    [Fact]
    public void TheInstrumentsCatalogFormatIsRead()
    {
        var definition = FrozenDefinition.Parse(CatalogFormat);
        Assert.Equal(("t-form", "1.2.0", "Test form"), (definition.Id, definition.Version, definition.Title));
        Assert.Equal(["x1", "x2", "x3"], definition.Items.Select(i => i.Id));
        var x2 = definition.Item("x2")!;
        Assert.False(x2.Required);
        Assert.True(x2.Reverse);
        Assert.Equal("near", x2.Subscale);
        Assert.Equal("Always", x2.Scale.Labels[4m]);
        Assert.True(definition.Item("x1")!.Required);
        Assert.Null(definition.Item("x3")!.Scale.Check(7.3m));
        Assert.NotNull(definition.Item("x3")!.Scale.Check(7.35m));
        Assert.NotNull(definition.Item("x1")!.Scale.Check(5m));
    }

    [Fact]
    public void ReverseKeyedItemsAreFlippedBeforeAveraging()
    {
        var definition = FrozenDefinition.Parse(CatalogFormat);
        var scores = MeanScores.Score(definition, new Dictionary<string, decimal?> { ["x1"] = 4, ["x2"] = 1, ["x3"] = 2.5m });
        Assert.Equal(4.0, (double)scores["near"]!, 12);             // (4 + (1 + 4 − 1)) / 2
        Assert.Equal((4 + 4 + 2.5) / 3, (double)scores["total"]!, 12);
    }

    [Fact]
    public void AScoreWithFewerThanHalfItsItemsAnsweredIsMissing()
    {
        var definition = FrozenDefinition.Parse(CatalogFormat);
        var scores = MeanScores.Score(definition, new Dictionary<string, decimal?> { ["x1"] = null, ["x2"] = null, ["x3"] = 3 });
        Assert.Null(scores["near"]);
        Assert.Null(scores["total"]);
    }
}
