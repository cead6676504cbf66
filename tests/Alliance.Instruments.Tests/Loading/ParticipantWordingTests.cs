using Alliance.Instruments.Loading;

namespace Alliance.Instruments.Tests.Loading;

/// <summary>The optional participant-facing fields <c>participant_title</c> and <c>instruction</c> (issue #20).</summary>
public class ParticipantWordingTests
{
    private const string Title = """  "title": {"en": "Mini", "de": "Mini"},""";

    private static Instrument Load(string json) => InstrumentLoader.Load(json, "mini.json").GetOrThrow();

    [Fact]
    public void WithoutParticipantFieldsParticipantsSeeTheTitleAndNoInstruction()
    {
        var header = Load(MiniInstrument.Json).Header;
        Assert.Null(header.ParticipantTitle);
        Assert.Null(header.Instruction);
        Assert.Equal("Mini", header.TitleForParticipants.Get("de"));
    }

    [Fact]
    public void ParticipantTitleAndInstructionAreReadPerLanguage()
    {
        var header = Load(MiniInstrument.With(Title, Title + """
              "participant_title": {"en": "How was today?", "de": "Wie war es heute?"},
              "instruction": {"en": "Think about today's session.", "de": "Denken Sie an die heutige Sitzung."},
            """)).Header;
        Assert.Equal("Wie war es heute?", header.TitleForParticipants.Get("de"));
        Assert.Equal("Think about today's session.", header.Instruction!.Get("en"));
        Assert.Equal("Denken Sie an die heutige Sitzung.", header.Instruction.Get("de"));
    }

    [Fact]
    public void AnInstructionMissingADeclaredLanguageIsAProblem()
    {
        var result = InstrumentLoader.Load(MiniInstrument.With(Title, Title + """
              "instruction": {"en": "Think about today's session."},
            """), "mini.json");
        var problem = Assert.Single(result.Problems);
        Assert.Equal("$.instruction", problem.Path);
        Assert.Contains("missing translation for declared language 'de'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyParticipantTitleIsAProblem()
    {
        var result = InstrumentLoader.Load(MiniInstrument.With(Title, Title + """
              "participant_title": {"en": "Today", "de": " "},
            """), "mini.json");
        Assert.Equal("$.participant_title.de", Assert.Single(result.Problems).Path);
    }

    [Fact]
    public void AddingAnInstructionChangesTheContentHashSoItIsANewVersion()
    {
        var plain = Load(MiniInstrument.Json).ContentHash;
        var instructed = Load(MiniInstrument.With(Title, Title + """
              "instruction": {"en": "Think about today's session.", "de": "Denken Sie an die heutige Sitzung."},
            """)).ContentHash;
        Assert.NotEqual(plain, instructed);
    }

    [Theory]
    [InlineData("session-vas")]
    [InlineData("wa-client")]
    [InlineData("wa-therapist")]
    [InlineData("rr-client")]
    [InlineData("tr-therapist")]
    public void ShippedFormsGiveParticipantsAnInstructionAndATitleOfTheirOwn(string id)
    {
        var header = InstrumentCatalog.Shipped.Find(id)!.Header;
        Assert.NotNull(header.ParticipantTitle);
        Assert.NotEqual(header.Title.Get("en"), header.ParticipantTitle!.Get("en"));
        Assert.NotEqual(header.Title.Get("de"), header.ParticipantTitle.Get("de"));
        Assert.False(string.IsNullOrWhiteSpace(header.Instruction?.Get("en")));
        Assert.False(string.IsNullOrWhiteSpace(header.Instruction?.Get("de")));
    }

    [Theory]
    [InlineData("wai-sr")]
    [InlineData("srs")]
    public void LicensedKeysShowParticipantsATitleThatDoesNotSayScoringKey(string id)
    {
        var header = InstrumentCatalog.Shipped.Find(id)!.Header;
        Assert.DoesNotContain("key", header.TitleForParticipants.Get("en"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("schlüssel", header.TitleForParticipants.Get("de"), StringComparison.OrdinalIgnoreCase);
    }
}
