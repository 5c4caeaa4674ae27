using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Watchlist.Tests.Console.Browser;

/// <summary>
/// A tiny OpenID Connect provider on Kestrel, for one user: discovery, keys, an authorization endpoint that signs the user
/// in at once (form_post back, as the console asks), and a token endpoint that checks the client, the code, the redirect
/// address and the PKCE verifier before it answers an RS256 ID token and access token. No internet, no mock of the
/// console's side: the console's own OpenID Connect handler talks to it as to any provider.
/// </summary>
public sealed class LocalIssuer(string clientId, string clientSecret, IReadOnlyDictionary<string, string> userClaims) : IAsyncDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, Grant> _grants = new();
    private WebApplication? _app;

    private sealed record Grant(string RedirectUri, string Nonce, string Challenge);

    /// <summary>"localhost" rather than 127.0.0.1: the browser treats it as a secure origin, so Secure cookies work over HTTP.</summary>
    public Uri Address { get; private set; } = null!;

    public int TokensIssued => _tokens;
    private int _tokens;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = $"{Issuer}/authorize",
            ["token_endpoint"] = $"{Issuer}/token",
            ["jwks_uri"] = $"{Issuer}/jwks",
            ["end_session_endpoint"] = $"{Issuer}/logout",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        }));
        _app.MapGet("/jwks", () =>
        {
            var key = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_rsa.ExportParameters(false)) { KeyId = "k1" });
            return Results.Json(
                new { keys = new[] { new { kty = key.Kty, kid = key.Kid, use = "sig", alg = "RS256", n = key.N, e = key.E } } });
        });
        _app.MapGet("/authorize", Authorize);
        _app.MapPost("/token", TokenAsync);
        await _app.StartAsync();
        var port = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        Address = new Uri($"http://localhost:{port}");
    }

    private string Issuer => Address.ToString().TrimEnd('/');

    private IResult Authorize(HttpRequest request)
    {
        var q = request.Query;
        if (q["client_id"] != clientId || q["response_type"] != "code" || q["code_challenge_method"] != "S256")
            return Results.BadRequest("client_id, response_type=code and PKCE (S256) are required");
        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _grants[code] = new Grant(q["redirect_uri"]!, q["nonce"]!, q["code_challenge"]!);
        // The user is signed in at once; the answer goes back as the console asked (form_post, or the query).
        var back = new Dictionary<string, string> { ["code"] = code, ["state"] = q["state"]! };
        if (q["response_mode"] != "form_post")
            return Results.Redirect($"{q["redirect_uri"]}?code={code}&state={Uri.EscapeDataString(q["state"]!)}");
        var fields = string.Concat(back.Select(f =>
            $"<input type=\"hidden\" name=\"{f.Key}\" value=\"{WebUtility.HtmlEncode(f.Value)}\">"));
        return Results.Content($"<!doctype html><html><body onload=\"document.forms[0].submit()\"><form method=\"post\" " +
            $"action=\"{WebUtility.HtmlEncode(q["redirect_uri"])}\">{fields}</form></body></html>", "text/html");
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var (id, secret) = ClientOf(request, form);
        if (id != clientId || secret != clientSecret) return Results.Json(new { error = "invalid_client" }, statusCode: 401);
        if (form["grant_type"] != "authorization_code" || !_grants.TryRemove(form["code"].ToString(), out var grant)
            || grant.RedirectUri != form["redirect_uri"])
            return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
        var verifier = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString())));
        if (verifier != grant.Challenge) return Results.Json(new { error = "invalid_grant", error_description = "PKCE" }, statusCode: 400);
        Interlocked.Increment(ref _tokens);
        var user = userClaims.Select(c => new Claim(c.Key, c.Value)).ToList();
        return Results.Json(new Dictionary<string, object>
        {
            ["access_token"] = Sign(user, "watchlist", null),
            ["id_token"] = Sign(user, clientId, grant.Nonce),
            ["token_type"] = "Bearer",
            ["expires_in"] = 3600,
        });
    }

    private static (string? Id, string? Secret) ClientOf(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.Ordinal)) return (form["client_id"], form["client_secret"]);
        var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..])).Split(':', 2);
        return (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1]));
    }

    private string Sign(IEnumerable<Claim> claims, string audience, string? nonce)
    {
        var subject = new ClaimsIdentity(claims);
        if (nonce is not null) subject.AddClaim(new Claim("nonce", nonce));
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Subject = subject,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = "k1" }, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        _rsa.Dispose();
    }
}
