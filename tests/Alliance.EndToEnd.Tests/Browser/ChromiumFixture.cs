using Microsoft.Playwright;

namespace Alliance.EndToEnd.Tests.Browser;

/// <summary>
/// One headless Debian Chromium for the whole test run, driven by Playwright. Playwright cannot download its own
/// browser builds here, so it is pointed at the system binary (<c>ALLIANCE_CHROMIUM</c>, default /usr/bin/chromium).
/// Each test opens its own <see cref="IBrowserContext"/>, so cookies and storage never leak between tests.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium has not been started.");

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("ALLIANCE_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {executable}: run tests/run (it installs Debian's chromium) or set ALLIANCE_CHROMIUM.");
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            // The machine has no network beyond loopback: switch off everything that phones home.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
    }
}
