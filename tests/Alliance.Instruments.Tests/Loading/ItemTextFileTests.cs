using Alliance.Instruments.Loading;

namespace Alliance.Instruments.Tests.Loading;

public sealed class ItemTextFileTests : IDisposable
{
    private const string Licensed = """
        {
          "id": "lic", "version": "1.0.0", "languages": ["en", "de"],
          "title": {"en": "Licensed", "de": "Lizenziert"}, "description": {"en": "d", "de": "d"},
          "raters": ["client"], "validated": true, "citation": "c", "licence": "l",
          "item_text_file": "licensed/lic.items.json",
          "scales": [{"id": "f5", "type": "likert", "min": 1, "max": 5,
                      "anchors": [{"value": 1, "label": {"en": "1", "de": "1"}}, {"value": 5, "label": {"en": "5", "de": "5"}}]}],
          "items": [{"id": "q1", "scale": "f5"}, {"id": "q2", "scale": "f5"}, {"id": "q3", "scale": "f5"}],
          "total": {"title": {"en": "Total", "de": "Gesamt"}, "scoring": "mean", "missing": {"min_answered": 2}}
        }
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("alliance-itemtext-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void ItemsGetNeutralPlaceholdersWhenTheLicensedTextIsNotInstalled()
    {
        var instrument = InstrumentLoader.Load(Licensed, "lic.json", _dir).GetOrThrow();
        Assert.False(instrument.ItemTextInstalled);
        Assert.Equal("Item 3", instrument.Items[2].Text.Get("en"));
        Assert.Equal("Item 3", instrument.Items[2].Text.Get("de"));
        Assert.False(instrument.Items[2].TextInstalled);
    }

    [Fact]
    public void LicensedTextIsReadFromTheFileNextToTheDefinition()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "licensed"));
        File.WriteAllText(Path.Combine(_dir, "licensed", "lic.items.json"), """
            {"items": {"q1": {"en": "First licensed", "de": "Erste lizenzierte"}, "q2": {"en": "Second"}, "q3": {"en": "Third"}}}
            """);
        var instrument = InstrumentLoader.Load(Licensed, "lic.json", _dir).GetOrThrow();
        Assert.True(instrument.ItemTextInstalled);
        Assert.Equal("Erste lizenzierte", instrument.Items[0].Text.Get("de"));
        Assert.Equal("Second", instrument.Items[1].Text.Get("de")); // falls back to English
    }

    [Fact]
    public void LicensedTextDoesNotChangeTheContentHash()
    {
        var without = InstrumentLoader.Load(Licensed, "lic.json", _dir).GetOrThrow();
        Directory.CreateDirectory(Path.Combine(_dir, "licensed"));
        File.WriteAllText(Path.Combine(_dir, "licensed", "lic.items.json"), """{"items": {"q1": {"en": "First"}}}""");
        var with = InstrumentLoader.Load(Licensed, "lic.json", _dir).GetOrThrow();
        Assert.Equal(without.ContentHash, with.ContentHash);
    }

    [Fact]
    public void TextFileNamingAnUnknownItemIsAProblem()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "licensed"));
        File.WriteAllText(Path.Combine(_dir, "licensed", "lic.items.json"), """{"items": {"q9": {"en": "Ninth"}}}""");
        var problem = Assert.Single(InstrumentLoader.Load(Licensed, "lic.json", _dir).Problems);
        Assert.Equal("lic.json → licensed/lic.items.json: $.items.q9: unknown item 'q9'", problem.ToString());
    }

    [Fact]
    public void MalformedTextFileIsAProblemWithLineAndPosition()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "licensed"));
        File.WriteAllText(Path.Combine(_dir, "licensed", "lic.items.json"), "{\"items\": {\"q1\": }");
        var problem = Assert.Single(InstrumentLoader.Load(Licensed, "lic.json", _dir).Problems);
        Assert.Equal("line 1, position 18", problem.Path);
    }

    [Fact]
    public void AbsoluteItemTextPathIsRejected()
    {
        var json = Licensed.Replace("licensed/lic.items.json", "/etc/lic.items.json", StringComparison.Ordinal);
        var problem = Assert.Single(InstrumentLoader.Load(json, "lic.json", _dir).Problems);
        Assert.Equal("$.item_text_file", problem.Path);
    }
}
