using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Readout.Web;

namespace Readout.Tests.Web;

/// <summary>
/// The web app on a real Kestrel at 127.0.0.1 (a free port) over a store of the sample, the seed
/// corpus where ../shared is present, and the hostile article; and Debian's Chromium, headless,
/// driven by Playwright. Nothing is downloaded: the browser is /usr/bin/chromium.
/// </summary>
public class BrowserSession : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private WebStore? store;
    private WebApplication? app;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public static bool Available => File.Exists(Chromium);

    /// <summary>Why browser tests cannot run where Chromium is absent.</summary>
    public static string Absent => $"{Chromium} is not installed (apt-get install chromium; .ci/run does it), so the browser tests cannot run";

    /// <summary>Where to save screenshots of the main pages (READOUT_SCREENSHOTS), if anywhere.</summary>
    public static string? ScreenshotFolder => Environment.GetEnvironmentVariable("READOUT_SCREENSHOTS");

    /// <summary>Whether the session can start here: Chromium is installed (and whatever else a subclass's store needs).</summary>
    protected virtual bool CanStart => Available;

    public async Task InitializeAsync()
    {
        if (!CanStart)
        {
            return;
        }

        store = CreateStore();
        app = ReadoutWebApp.Create(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"], new WebSettings(store.Db));
        await app.StartAsync();
        BaseUrl = app.Urls.First();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>The store the app serves: with the seed corpus, except for screenshots for the docs, which show only the bundled sample (written for this project).</summary>
    protected virtual WebStore CreateStore() => ScreenshotFolder is null ? WebStore.WithSeeds() : new WebStore();

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        return await context.NewPageAsync();
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        if (ScreenshotFolder is { } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png") });
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        store?.Dispose();
    }
}

/// <summary>A browser test; skipped, saying why, where Debian's Chromium is not installed.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!BrowserSession.Available)
        {
            Skip = BrowserSession.Absent;
        }
    }
}
