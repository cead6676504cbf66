using System.CommandLine;
using Alliance.Cli;
using Alliance.EndToEnd.Tests.Browser;
using Alliance.Testing.Report;

namespace Alliance.EndToEnd.Tests.Report;

[Collection(SharedChromium.Name)]
public sealed class ReportPageTests(ChromiumFixture chromium) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("alliance-report-e2e-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task GeneratedReportHasNoAxeViolationsAndNoHorizontalScrollAt1280Pixels()
    {
        var input = Path.Combine(_root, "long.csv");
        await File.WriteAllTextAsync(input, LongCsvFixture.Create());
        var output = Path.Combine(_root, "report");
        var root = new RootCommand("alliance");
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliHost.RunAsync(root, ["report", "--input", input, "--output", output], stdout, stderr);
        Assert.True(exit == 0, stderr.ToString());

        await using var context = await chromium.Browser.NewContextAsync(new() { BypassCSP = true, ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var external = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file:", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                external.Add(request.Url);
            }
        };
        await page.GotoAsync(new Uri(Path.Combine(output, "report.html")).AbsoluteUri);
        await Screenshots.SaveAsync(page, "report-1280");

        Assert.Empty(external);
        Assert.False(await Screenshots.ScrollsHorizontallyAsync(page));
        Assert.Equal(6, await page.Locator("figure svg[role=img]").CountAsync());
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
