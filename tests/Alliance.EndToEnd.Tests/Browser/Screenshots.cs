using Microsoft.Playwright;

namespace Alliance.EndToEnd.Tests.Browser;

/// <summary>Full-page screenshots kept as test artefacts under TestResults/screenshots (ignored by git).</summary>
public static class Screenshots
{
    public static string Directory { get; } = CreateDirectory();

    public static Task SaveAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Directory, name + ".png"), FullPage = true });

    /// <summary>True when the page is wider than its viewport (a horizontal scrollbar at this width).</summary>
    public static Task<bool> ScrollsHorizontallyAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");

    private static string CreateDirectory()
    {
        var dir = Environment.GetEnvironmentVariable("ALLIANCE_SCREENSHOTS")
                  ?? Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        System.IO.Directory.CreateDirectory(dir);
        return dir;
    }
}
