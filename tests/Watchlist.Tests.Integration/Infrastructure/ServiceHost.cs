using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Watchlist.Tests.Integration.Infrastructure;

/// <summary>One real host (its own Program.cs) on Kestrel at a free loopback port, with test settings.</summary>
/// <remarks><paramref name="services"/> replaces services after the host's own registrations: a seam such as DNS, never a part under
/// test.</remarks>
public sealed class ServiceHost<TMarker>(IReadOnlyDictionary<string, string> settings, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<TMarker>
    where TMarker : class
{
    public Uri Address { get; private set; } = null!;
    private bool _disposed;
    private int _port;

    /// <summary>Port 0 takes a free one; a restarted host passes its predecessor's, so the gateway still finds it.</summary>
    /// <remarks>The port goes in through the host's own <c>Urls</c> setting, not <c>UseKestrel(port)</c>: that one rewrites
    /// the server's addresses after the build, racing Kestrel's own bind on the app's thread (dotnet/aspnetcore#67714).
    /// </remarks>
    public ServiceHost<TMarker> Start(int port = 0)
    {
        _port = port;
        UseKestrel();
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        Address = new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1"));
        return this;
    }

    /// <summary>
    /// Stops as a real process does on SIGTERM: the bus drains its in-flight messages (acking or handing them back) while
    /// the container its consumers need is still alive. The factory's own dispose stops the minimal-hosting app twice at
    /// once; the second stop returns at once and the container is disposed under the first, which left messages unacked on
    /// a connection that, unlike a dead process's, never closes.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        if (Address is not null && Services.GetService<IBusControl>() is { } bus)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await bus.StopAsync(timeout.Token);
        }
        try
        {
            await base.DisposeAsync();
        }
        catch (ObjectDisposedException ex) when (ex.StackTrace?.Contains("ProjectionCoordinatorBase") == true)
        {
            // The factory's two stops at once, again: the projection daemon's second stop finds the first one's token source
            // disposed. The first stop completed; a process stops once, so this is the test host's, not the service's.
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Urls", $"http://127.0.0.1:{_port}");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning).AddFilter("Marten", LogLevel.Error));
        if (services is not null) builder.ConfigureTestServices(services);
    }
}
