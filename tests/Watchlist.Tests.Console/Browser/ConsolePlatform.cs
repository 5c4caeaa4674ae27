using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Watchlist.Tests.Integration.Infrastructure;
using Watchlist.WebConsole;

namespace Watchlist.Tests.Console.Browser;

/// <summary>
/// The whole platform as the integration tests start it (four real hosts on Kestrel, real PostgreSQL and RabbitMQ),
/// plus the console host behind the gateway at /console, and one headless Debian chromium driven by Playwright.
/// Started once for the collection: a browser and five hosts are the slow part, and every test can share them.
/// </summary>
public sealed class ConsolePlatform : IAsyncLifetime
{
    private readonly RabbitMqFixture _rabbit = new();
    private ServiceHost<WebConsoleMarker>? _console;
    private IPlaywright? _playwright;

    public Platform Platform { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public CuttableLink ConsoleToGateway { get; private set; } = null!;

    /// <summary>The console as a user reaches it: through the gateway.</summary>
    public Uri ConsoleUrl => new(Platform.Gateway.Address, "/console/");

    public async Task InitializeAsync()
    {
        await _rabbit.InitializeAsync();
        // The gateway must know where the console listens before either starts: the port is chosen first.
        var consolePort = FreePort();
        Platform = new Platform("ConsoleTests", gatewaySettings: new() { ["Services:Console"] = $"http://127.0.0.1:{consolePort}" });
        await Platform.StartAsync(_rabbit);
        // The console reaches the gateway through a link the tests can cut; browsers reach the gateway directly.
        ConsoleToGateway = new CuttableLink(Platform.Gateway.Address);
        _console = new ServiceHost<WebConsoleMarker>(
                new Dictionary<string, string> { ["Gateway:Url"] = ConsoleToGateway.Address.ToString() })
            .Start(consolePort);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>Debian's chromium (./test.sh installs it); Playwright cannot download its own browsers here.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("WATCHLIST_CHROMIUM") is { Length: > 0 } path ? path
        : File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium"
        : throw new InvalidOperationException(
            "No chromium at /usr/bin/chromium: run ./test.sh (it installs it) or apt-get install chromium.");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_console is not null) await _console.DisposeAsync();
        if (ConsoleToGateway is not null) await ConsoleToGateway.DisposeAsync();
        if (Platform is not null) await Platform.DisposeAsync();
        await _rabbit.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ConsolePlatform>
{
    public const string Name = "console";
}
