namespace Alliance.Cli.Tests.ExampleData;

/// <summary>The committed <c>data/</c> files are what <c>alliance demo --write-data</c> and the test data say.</summary>
public sealed class ExampleDataTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("alliance-example-data-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task CommittedDemoFilesEqualAFreshGenerationByteForByte()
    {
        var run = await CliRun.RunAsync("demo", "--write-data", _dir);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var written = Directory.GetFiles(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(18, written.Count);   // per layout: .csv, .codebook.csv, .codebook.md, .R, .sps, .do
        foreach (var stem in new[] { "long", "wide", "dyadic" })
        {
            Assert.Contains($"{stem}.csv", written);
            Assert.Contains($"{stem}.codebook.md", written);
            Assert.Contains($"{stem}.do", written);
        }
        foreach (var name in written)
        {
            var committed = RepositoryData.File(name!);
            Assert.True(File.Exists(committed), $"data/{name} is not committed; run `alliance demo --write-data data`");
            var expected = await File.ReadAllBytesAsync(Path.Combine(_dir, name!));
            var actual = await File.ReadAllBytesAsync(committed);
            Assert.True(expected.SequenceEqual(actual), $"data/{name} differs from a fresh `alliance demo --write-data data`; regenerate it");
        }
        Assert.Contains("wrote 384 rows to", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherSeedGivesOtherAnswersInTheSameShape()
    {
        var run = await CliRun.RunAsync("demo", "--write-data", _dir, "--seed", "7");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var fresh = await File.ReadAllLinesAsync(Path.Combine(_dir, "wide.csv"));
        var committed = await File.ReadAllLinesAsync(RepositoryData.File("wide.csv"));
        Assert.Equal(committed.Length, fresh.Length);
        Assert.Equal(committed[0], fresh[0]);
        Assert.NotEqual(committed[1], fresh[1]);
        // The identifying columns (up to submitted_at) do not depend on the seed.
        Assert.Equal(string.Join(',', committed[1].Split(',')[..12]), string.Join(',', fresh[1].Split(',')[..12]));
    }

    [Theory]
    [InlineData("shrout_fleiss_1979.csv", "Psychometrics/shrout_fleiss_1979.csv")]
    [InlineData("six_items.csv", "Psychometrics/six_items.csv")]
    [InlineData("alliance.csv", "mixed/alliance.csv")]
    public void ReferenceSetsAreTheFilesTheAnalysisTestsUse(string name, string testData)
    {
        var used = Path.Combine(RepositoryData.Root, "tests", "Alliance.Analysis.Tests", "TestData", testData);

        Assert.Equal(File.ReadAllBytes(used), File.ReadAllBytes(RepositoryData.File(Path.Combine("reference", name))));
        Assert.Contains($"`{name}`", File.ReadAllText(RepositoryData.File(Path.Combine("reference", "README.md"))), StringComparison.Ordinal);
    }
}
