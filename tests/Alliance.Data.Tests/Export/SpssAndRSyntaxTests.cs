using System.Globalization;
using Alliance.Data.Export;
using Alliance.Data.Tests.Import;

namespace Alliance.Data.Tests.Export;

/// <summary>
/// The bundle's SPSS and R syntax run by real readers on the demo data set's bundles. PSPP is installed by
/// <c>tests/run</c>, so its test always runs; R is optional on this machine, so the R test checks the script's
/// structure everywhere and runs it only where <c>Rscript</c> is installed (as its name says).
/// </summary>
public sealed class SpssAndRSyntaxTests
{
    [Theory]
    [InlineData(ExportFormat.Long)]
    [InlineData(ExportFormat.Wide)]
    [InlineData(ExportFormat.Dyadic)]
    public async Task PsppReadsEveryRowOfTheBundlesCsvWithItsVariableAndValueLabels(ExportFormat format)
    {
        var pspp = SyntaxReader.Find("pspp") ?? throw new InvalidOperationException("pspp is not installed: tests/run installs it (Debian package pspp)");
        using var bundle = await DemoBundle.UnpackAsync(format);
        await File.WriteAllTextAsync(Path.Combine(bundle.Folder, "check.sps"), $"""
            INCLUDE FILE='{bundle.Stem}.sps'.
            SAVE TRANSLATE /OUTFILE='read.csv' /TYPE=CSV /FIELDNAMES /REPLACE.
            DISPLAY DICTIONARY.

            """);

        var (code, output) = await SyntaxReader.RunAsync(pspp, bundle.Folder, "-O", "format=csv", "-o", "dictionary.csv", "check.sps");

        Assert.True(code == 0, output);
        var read = RoundTripTests.Rows(await File.ReadAllTextAsync(Path.Combine(bundle.Folder, "read.csv")));
        Assert.Equal(bundle.Result.Rows, read.Count);
        var dictionary = await File.ReadAllTextAsync(Path.Combine(bundle.Folder, "dictionary.csv"));
        Assert.DoesNotContain("error", dictionary, StringComparison.OrdinalIgnoreCase);
        var variables = RoundTripTests.Rows(Section(dictionary, "Table: Variables"));
        Assert.Equal(bundle.Result.Columns.Select(c => AnalysisScripts.SpssName(c.Name)), variables.Select(v => v["Name"]));
        Assert.Equal(bundle.Result.Columns.Select(c => c.Description), variables.Select(v => v["Label"]));
        var coded = bundle.Result.Columns.Where(c => c.ValueLabels.Count > 0).ToList();
        Assert.Equal(format != ExportFormat.Dyadic, coded.Count > 0);
        if (coded.Count > 0)
        {
            var labels = Section(dictionary, "Table: Value Labels");
            Assert.All(coded.SelectMany(c => c.ValueLabels.Values), label => Assert.Contains($",{label}\n", labels, StringComparison.Ordinal));
        }
        // The same numbers came through: the first data row's session, as PSPP formats it.
        var first = RoundTripTests.Rows(bundle.Read(".csv"))[0];
        Assert.Equal(decimal.Parse(first["session"], CultureInfo.InvariantCulture), decimal.Parse(read[0]["session"], CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(ExportFormat.Long, "value")]
    [InlineData(ExportFormat.Wide, "a1")]
    [InlineData(ExportFormat.Dyadic, "client_total")]
    public async Task TheRScriptNamesEveryColumnAndItsLabelsAndRunsWhereRscriptIsInstalled(ExportFormat format, string labelled)
    {
        using var bundle = await DemoBundle.UnpackAsync(format);
        var script = bundle.Read(".R");
        var column = bundle.Result.Columns.Single(c => c.Name == labelled);

        Assert.Contains($"read.csv(\"{bundle.Stem}.csv\", fileEncoding = \"UTF-8-BOM\"", script, StringComparison.Ordinal);
        Assert.All(bundle.Result.Columns, c => Assert.Contains($"attr(d[[\"{c.Name}\"]], \"label\") <- \"{c.Description}\"\n", script, StringComparison.Ordinal));
        Assert.Equal(column.ValueLabels.Count > 0, script.Contains($"attr(d[[\"{labelled}\"]], \"labels\")", StringComparison.Ordinal));

        if (SyntaxReader.Find("Rscript") is { } rscript)
        {
            var (code, output) = await SyntaxReader.RunAsync(rscript, bundle.Folder, "-e",
                $"source(\"{bundle.Stem}.R\"); cat(nrow(d), attr(d[[\"{labelled}\"]], \"label\"), sep = \"\\n\")");
            Assert.True(code == 0, output);
            var lines = output.Split('\n');
            Assert.Equal(bundle.Result.Rows.ToString(CultureInfo.InvariantCulture), lines[0]);
            Assert.Equal(column.Description, lines[1]);
        }
    }

    /// <summary>The lines of one table of PSPP's CSV output, from its header row to the blank line that ends it.</summary>
    private static string Section(string output, string title)
    {
        var start = output.IndexOf(title + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {title} in PSPP's output");
        start += title.Length + 1;
        var end = output.IndexOf("\n\n", start, StringComparison.Ordinal);
        return end < 0 ? output[start..] : output[start..(end + 1)];
    }
}
