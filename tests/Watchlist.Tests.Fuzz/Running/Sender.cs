using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using Watchlist.Tests.Fuzz.Cases;
using Watchlist.Tests.Fuzz.Generators;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Fuzz.Running;

/// <summary>Sends a case to the gateway byte for byte: headers unvalidated (UTF-8 on the wire), the body as generated.</summary>
public sealed class Sender(Uri gateway) : IDisposable
{
    private static readonly string Unsigned =
        Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"alg\":\"none\",\"typ\":\"JWT\"}")).TrimEnd('=') + "." +
        Convert.ToBase64String(Encoding.UTF8.GetBytes(
            "{\"sub\":\"x\",\"role\":\"admin\",\"agency\":\"VN-MPS\",\"iss\":\"watchlist-dev\",\"aud\":\"watchlist\"}")).TrimEnd('=') + ".";

    private const int LargeBody = 64 * 1024;

    private readonly ConcurrentDictionary<Caller, string?> _tokens = new();

    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8,
        MaxConnectionsPerServer = 64,
        AllowAutoRedirect = false,
    })
    { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(60) };

    public HttpClient Http => _http;

    /// <summary>A stream (SSE) is judged by its status and headers; its body never ends, so it is not read.</summary>
    public async Task<Answer> SendAsync(string method, string path, Caller caller, Body? body,
        IEnumerable<KeyValuePair<string, string>> headers)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (Token(caller) is { } token) request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body.Bytes);
            if (body.ContentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", body.ContentType);
            // As curl does for a large body: ask before sending it. A server that refuses a body over its limit answers 413 and
            // closes the connection (RFC 9110 allows it); a client still writing the body then sees a broken pipe instead of
            // the answer. With 100-continue the 413 arrives before the body is sent, and the oracle judges it.
            if (body.Bytes.Length > LargeBody) request.Headers.ExpectContinue = true;
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var text = mediaType == "text/event-stream" ? "" : await response.Content.ReadAsStringAsync(timeout.Token);
        response.Dispose();
        return new Answer(response.StatusCode, mediaType, text, response);
    }

    public Task<Answer> GetAsync(string path, Caller caller) => SendAsync("GET", path, caller, null, []);

    private string? Token(Caller caller) => _tokens.GetOrAdd(caller, c => c switch
    {
        { Forged: "garbage" } => "garbage",
        { Forged: "alg-none" } => Unsigned,
        { Forged: "wrong-key" } => DevTokens.Issue(c.Role ?? "admin", c.Agency, key: "a-key-that-is-not-the-development-key-0123456789"),
        { Forged: "empty" } => "",
        { Forged: "two-parts" } => "eyJhbGciOiJIUzI1NiJ9.e30",
        { Role: null } => null,
        _ => DevTokens.Issue(c.Role, c.Agency, $"fuzz-{c.Role}"),
    });

    public void Dispose() => _http.Dispose();
}
