using Alliance.Instruments.Loading;

namespace Alliance.Instruments.Tests;

public class ShippedInstrumentTests
{
    private static readonly string[] DocumentedIds =
    [
        "rp-client", "rp-therapist", "rr-client", "rr-therapist", "session-vas", "srs", "tp-client", "tp-therapist",
        "tr-client", "tr-therapist", "wa-client", "wa-therapist", "wai-sr",
    ];

    private static string InstrumentsDirectory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Alliance.sln")))
            {
                dir = dir.Parent;
            }
            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "instruments");
        }
    }

    public static TheoryData<string> DefinitionFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(InstrumentsDirectory, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(DefinitionFiles))]
    public void EveryShippedDefinitionLoadsWithZeroProblems(string fileName)
    {
        var result = InstrumentLoader.LoadFile(Path.Combine(InstrumentsDirectory, fileName));
        Assert.Empty(result.Problems);
        Assert.Equal(Path.GetFileNameWithoutExtension(fileName), result.Instrument!.Id);
    }

    [Fact]
    public void TheCatalogHoldsExactlyTheDocumentedInstruments()
    {
        Assert.Equal(DocumentedIds, InstrumentCatalog.Shipped.Instruments.Select(i => i.Id));
    }

    [Fact]
    public void EmbeddedDefinitionsAreTheFilesInTheRepository()
    {
        foreach (var file in Directory.GetFiles(InstrumentsDirectory, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)))
        {
            var onDisk = InstrumentLoader.LoadFile(file).GetOrThrow();
            Assert.Equal(onDisk.ContentHash, InstrumentCatalog.Shipped.Get(onDisk.Id).ContentHash);
        }
    }

    [Fact]
    public void TheProjectsOwnFormsHaveEnglishAndGermanTextForEveryItem()
    {
        foreach (var instrument in InstrumentCatalog.Shipped.Instruments.Where(i => i.Header.ItemTextFile is null))
        {
            Assert.Equal(["en", "de"], instrument.Header.Languages);
            Assert.All(instrument.Items, item =>
            {
                Assert.True(item.Text.Has("en") && item.Text.Has("de"), $"{instrument.Id}/{item.Id}");
                Assert.NotEqual(item.Text.Get("en"), item.Text.Get("de"));
            });
        }
    }

    [Fact]
    public void WaiSrKeyHasThePublishedStructureAndNoItemText()
    {
        var wai = InstrumentCatalog.Shipped.Get("wai-sr");
        Assert.Equal(12, wai.Items.Count);
        Assert.Equal(["wai1", "wai2", "wai10", "wai12"], wai.Subscales.Single(s => s.Id == "task").Items.Select(i => i.Id));
        Assert.Equal(["wai3", "wai5", "wai7", "wai9"], wai.Subscales.Single(s => s.Id == "bond").Items.Select(i => i.Id));
        Assert.Equal(["wai4", "wai6", "wai8", "wai11"], wai.Subscales.Single(s => s.Id == "goal").Items.Select(i => i.Id));
        Assert.All(wai.Items, i => Assert.Equal((1.0, 5.0, 1.0, false), (i.Scale.Min, i.Scale.Max, i.Scale.Step, i.Reversed)));
        Assert.Equal("licensed/wai-sr.items.json", wai.Header.ItemTextFile);
        Assert.DoesNotContain("\"text\"", File.ReadAllText(Path.Combine(InstrumentsDirectory, "wai-sr.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void SrsKeyHasFourVisualAnalogueItemsATotalOfZeroToFortyAndCutoff36()
    {
        var srs = InstrumentCatalog.Shipped.Get("srs");
        Assert.Equal(4, srs.Items.Count);
        Assert.All(srs.Items, i => Assert.Equal((ScaleKind.VisualAnalogue, 0.0, 10.0), (i.Scale.Kind, i.Scale.Min, i.Scale.Max)));
        Assert.Equal(ScoringRule.Sum, srs.Total!.Rule);
        var cutoff = Assert.Single(srs.Cutoffs);
        Assert.Equal("total < 36", cutoff.Expression);
        Assert.DoesNotContain("\"text\"", File.ReadAllText(Path.Combine(InstrumentsDirectory, "srs.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void SessionCheckHasFourLinesAndADefaultCutoffOf36()
    {
        var vas = InstrumentCatalog.Shipped.Get("session-vas");
        Assert.Equal(4, vas.Items.Count);
        Assert.All(vas.Items, i => Assert.Equal((ScaleKind.VisualAnalogue, 0.0, 10.0), (i.Scale.Kind, i.Scale.Min, i.Scale.Max)));
        Assert.Equal("total < 36", Assert.Single(vas.Cutoffs).Expression);
    }

    [Theory]
    [InlineData("wa", new[] { "goal", "task", "bond", "total" })]
    [InlineData("rr", new[] { "realism", "genuineness", "total" })]
    [InlineData("rp", new[] { "total" })]
    [InlineData("tr", new[] { "total" })]
    [InlineData("tp", new[] { "total" })]
    public void ClientAndTherapistFormsAreParallel(string family, string[] scores)
    {
        var client = InstrumentCatalog.Shipped.Get($"{family}-client");
        var therapist = InstrumentCatalog.Shipped.Get($"{family}-therapist");
        Assert.Equal(client.Items.Select(i => (i.Id, i.Reversed, i.Scale.Id)), therapist.Items.Select(i => (i.Id, i.Reversed, i.Scale.Id)));
        Assert.Equal(scores, client.Scores.Select(s => s.Id));
        Assert.Equal(scores, therapist.Scores.Select(s => s.Id));
        Assert.Equal([RaterRole.Client], client.Header.Raters);
        Assert.Equal([RaterRole.Therapist], therapist.Header.Raters);
    }

    [Fact]
    public void WorkingAlliancePairHasTwelveItemsOnALabelledFivePointFrequencyScale()
    {
        foreach (var id in new[] { "wa-client", "wa-therapist" })
        {
            var wa = InstrumentCatalog.Shipped.Get(id);
            Assert.Equal(12, wa.Items.Count);
            var scale = Assert.Single(wa.Scales);
            Assert.Equal([1.0, 2.0, 3.0, 4.0, 5.0], scale.Anchors.Select(a => a.Value));
            Assert.All(wa.Subscales, s => Assert.Equal(4, s.Items.Count));
        }
    }

    [Fact]
    public void ExploratoryModalityFormsAreMarkedNotValidated()
    {
        Assert.All(InstrumentCatalog.Shipped.Instruments.Where(i => i.Id[..3] is "rp-" or "tr-" or "tp-"), i => Assert.False(i.Header.Validated));
    }

    [Fact]
    public void UnknownIdIsAnErrorListingTheKnownIds()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => InstrumentCatalog.Shipped.Get("wai"));
        Assert.Contains("wai-sr", ex.Message, StringComparison.Ordinal);
        Assert.Null(InstrumentCatalog.Shipped.Find("wai"));
    }
}
