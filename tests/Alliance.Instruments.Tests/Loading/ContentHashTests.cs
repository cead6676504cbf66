using Alliance.Instruments.Loading;

namespace Alliance.Instruments.Tests.Loading;

public class ContentHashTests
{
    [Fact]
    public void HashIsSha256InLowercaseHex()
    {
        Assert.Matches("^sha256:[0-9a-f]{64}$", MiniInstrument.Load().ContentHash);
    }

    [Fact]
    public void HashIgnoresKeyOrderAndWhitespace()
    {
        const string a = """{"id": "x", "nested": {"b": 1, "a": [1, 2, {"y": true, "x": null}]}}""";
        const string b = """
            {
                "nested": {
                    "a": [1, 2, {"x": null, "y": true}],
                    "b": 1
                },
                "id":    "x"
            }
            """;
        Assert.Equal(ContentHash.Compute(a), ContentHash.Compute(b));
    }

    [Fact]
    public void HashTreatsEqualNumbersAsEqual()
    {
        Assert.Equal(ContentHash.Compute("""{"max": 5}"""), ContentHash.Compute("""{"max": 5.0}"""));
    }

    [Fact]
    public void HashIgnoresTheSchemaReference()
    {
        Assert.Equal(ContentHash.Compute("""{"$schema": "a.json", "id": "x"}"""), ContentHash.Compute("""{"id": "x"}"""));
    }

    [Fact]
    public void ArrayOrderMatters()
    {
        Assert.NotEqual(ContentHash.Compute("""{"items": ["a", "b"]}"""), ContentHash.Compute("""{"items": ["b", "a"]}"""));
    }

    [Fact]
    public void LoadedInstrumentHashIsStableUnderReformatting()
    {
        var compact = string.Join("", MiniInstrument.Json.Split('\n').Select(l => l.Trim()));
        var reformatted = InstrumentLoader.Load(compact, "mini.json").GetOrThrow();
        Assert.Equal(MiniInstrument.Load().ContentHash, reformatted.ContentHash);
    }

    [Fact]
    public void HashChangesWhenAnItemTextChanges()
    {
        var edited = InstrumentLoader.Load(MiniInstrument.With("""{"en": "Two", "de": "Zwei"}""", """{"en": "Two!", "de": "Zwei"}"""), "mini.json").GetOrThrow();
        Assert.NotEqual(MiniInstrument.Load().ContentHash, edited.ContentHash);
    }

    [Fact]
    public void HashChangesWhenTheReverseKeyChanges()
    {
        var edited = InstrumentLoader.Load(MiniInstrument.With("""reverse_keyed": ["a4"]""", """reverse_keyed": ["a3"]"""), "mini.json").GetOrThrow();
        Assert.NotEqual(MiniInstrument.Load().ContentHash, edited.ContentHash);
    }
}
