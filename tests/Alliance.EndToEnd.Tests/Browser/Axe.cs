using System.Text.Json;
using Microsoft.Playwright;

namespace Alliance.EndToEnd.Tests.Browser;

/// <summary>Runs axe-core (from npm, copied next to the test assembly) in a page and returns its WCAG violations.</summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new InvalidOperationException(
                $"{path} is missing: run tests/run (it runs npm ci in tests/Alliance.EndToEnd.Tests) and rebuild.");
    });

    /// <summary>Violations of WCAG 2.0/2.1 A and AA rules (plus axe best practices) as "rule: target" lines.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script.Value });
        var json = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
              return r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '));
            }
            """);
        return [.. json.EnumerateArray().Select(e => e.GetString() ?? "")];
    }
}
