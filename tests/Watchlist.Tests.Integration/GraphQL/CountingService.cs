using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Watchlist.Tests.Integration.GraphQL;

/// <summary>
/// A real HTTP service on a loopback port that stands behind the gateway in place of a Watchlist service, and counts
/// every request the gateway sends it: the way to prove that a GraphQL request was refused before any service call.
/// It answers 404 (nothing visible), except for <see cref="BrokenId"/>, where it answers 200 with a body that is not JSON,
/// as a faulty service would: the gateway's resolver then fails with an exception it did not expect.
/// </summary>
public sealed class CountingService : IAsyncDisposable
{
    public const string BrokenId = "0badbad0-0000-4000-8000-000000000000";
    private readonly WebApplication _app;
    private int _calls;

    private CountingService()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        _app = builder.Build();
        _app.Run(async http =>
        {
            Interlocked.Increment(ref _calls);
            if (http.Request.Path.Value?.Contains(BrokenId, StringComparison.OrdinalIgnoreCase) == true)
            {
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync("<html>not json</html>");
                return;
            }
            http.Response.StatusCode = (int)HttpStatusCode.NotFound;
            http.Response.ContentType = "application/problem+json";
            await http.Response.WriteAsync("""{"title":"Not found.","status":404}""");
        });
    }

    public Uri Address { get; private set; } = null!;

    /// <summary>Requests received so far.</summary>
    public int Calls => Volatile.Read(ref _calls);

    public static CountingService Start()
    {
        var service = new CountingService();
        service._app.StartAsync().GetAwaiter().GetResult();
        var address = service._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        service.Address = new Uri(address);
        return service;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
