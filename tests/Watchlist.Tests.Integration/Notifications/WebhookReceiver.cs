using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Watchlist.Tests.Integration.Notifications;

public sealed record ReceivedWebhook(string Id, string Timestamp, string Signature, string Body, bool SignatureValid, int AnsweredWith)
{
    public JsonElement Data => JsonDocument.Parse(Body).RootElement.GetProperty("data");
}

/// <summary>
/// A webhook receiver on loopback that verifies signatures as the Standard Webhooks reference libraries do, records
/// every request, and answers with whatever status the test decides for each one.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly byte[] _key;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>Decides the answer from the request's webhook-id, data and how many times that id was seen before.</summary>
    public Func<string, JsonElement, int, int> Answer { get; set; } = (_, _, _) => 200;

    /// <summary>Sent as the Location of every 3xx answer.</summary>
    public string? RedirectTo { get; set; }

    public Uri Url { get; }

    public WebhookReceiver(string secret)
    {
        _key = Convert.FromBase64String(secret.StartsWith("whsec_") ? secret[6..] : secret);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        _app = builder.Build();
        _app.MapPost("/hook", Handle);
        _app.StartAsync().GetAwaiter().GetResult();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = new Uri(address + "/hook");
    }

    private async Task<IResult> Handle(HttpRequest request)
    {
        if (RedirectTo is not null) request.HttpContext.Response.Headers.Location = RedirectTo;
        var body = await new StreamReader(request.Body, Encoding.UTF8).ReadToEndAsync();
        string id = request.Headers["webhook-id"].ToString(),
            timestamp = request.Headers["webhook-timestamp"].ToString(),
            signature = request.Headers["webhook-signature"].ToString();
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
        var fresh = long.TryParse(timestamp, out var ts) && Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - ts) < 300;
        var valid = fresh && signature.Split(' ')
            .Any(s => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(s), Encoding.UTF8.GetBytes(expected)));
        var seen = Received.Count(r => r.Id == id);
        var status = valid ? Answer(id, JsonDocument.Parse(body).RootElement.GetProperty("data"), seen) : 401;
        Received.Enqueue(new ReceivedWebhook(id, timestamp, signature, body, valid, status));
        return Results.StatusCode(status);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
