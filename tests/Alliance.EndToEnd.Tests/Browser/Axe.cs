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

    /// <summary>
    /// Violations of WCAG 2.0/2.1 A and AA rules (plus axe best practices) as "rule (impact): targets" lines.
    /// The page's context must bypass CSP (our CSP rightly forbids injected script). A page whose context has
    /// JavaScript off cannot run axe, so its HTML is checked as a snapshot loaded at the same address in a
    /// scripting context.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script.Value });
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            return await SnapshotViolationsAsync(page);
        }
        var json = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
              return r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '));
            }
            """);
        return [.. json.EnumerateArray().Select(e => e.GetString() ?? "")];
    }

    private static async Task<IReadOnlyList<string>> SnapshotViolationsAsync(IPage page)
    {
        var html = await page.ContentAsync();
        await using var context = await page.Context.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BypassCSP = true,
            ViewportSize = page.ViewportSize is { } v ? new ViewportSize { Width = v.Width, Height = v.Height } : null,
        });
        var copy = await context.NewPageAsync();
        // Same address first, so the snapshot's relative links (the stylesheet) resolve as on the real page.
        await copy.RouteAsync("**/*.js", route => route.AbortAsync());
        await copy.GotoAsync(page.Url);
        await copy.SetContentAsync(html);
        return await ViolationsAsync(copy);
    }
}
