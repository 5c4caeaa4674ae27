using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Marten;
using Microsoft.AspNetCore.Http;
using Watchlist.ServiceDefaults.Auth;
using Watchlist.ServiceDefaults.Json;

namespace Watchlist.ServiceDefaults.Http;

/// <summary>
/// Idempotency-Key for creating POSTs. The key is scoped to the caller, and the first answer is
/// stored in the same transaction as the change it describes, so a retry after a lost response
/// gets that answer back and changes nothing; the same key with another body is a 422.
/// </summary>
public sealed class IdempotentRequests(IDocumentSession session, IHttpContextAccessor accessor)
{
    public const string Header = "Idempotency-Key";
    private const int MaxKeyLength = 200;

    public sealed record Claim(string Id, string Hash);

    /// <summary>
    /// Null claim when the request has no key. A stored answer or a problem comes back as Replay:
    /// the caller answers with it and does nothing else.
    /// </summary>
    public async Task<(Claim? Claim, IResult? Replay)> BeginAsync<TRequest>(TRequest request, CancellationToken ct)
    {
        var http = accessor.HttpContext!;
        var key = http.Request.Headers[Header].ToString();
        if (key.Length == 0) return (null, null);
        if (key.Length > MaxKeyLength)
            return (null, Results.Problem(
                statusCode: 400, title: "Idempotency-Key is too long.", detail: $"Use at most {MaxKeyLength} characters, such as a UUID."));

        var claim = new Claim($"{http.User.Actor()}|{http.Request.Path}|{key}", Hash(request));
        var earlier = await session.LoadAsync<IdempotencyRecord>(claim.Id, ct);
        return earlier is null ? (claim, null) : (claim, Replay(earlier, claim, http));
    }

    /// <summary>Stages the answer; it commits with the caller's SaveChanges.</summary>
    public void Record(Claim? claim, int status, object body, string? location, string? etag)
    {
        if (AnswerOf(claim, status, body, location, etag) is { } answer) session.Insert(answer);
    }

    /// <summary>The answer to store, for a caller that commits it in a transaction of its own making (a group commit); the
    /// insert must be an insert, so that a concurrent request with the same key fails with DocumentAlreadyExistsException.</summary>
    public IdempotencyRecord? AnswerOf(Claim? claim, int status, object body, string? location, string? etag)
    {
        if (claim is null) return null;
        var json = JsonSerializer.Serialize(body, accessor.HttpContext!.RequestServices.GetJsonOptions());
        return new IdempotencyRecord(claim.Id, claim.Hash, status, json, location, etag, DateTimeOffset.UtcNow);
    }

    /// <summary>After a concurrent request with the same key won the insert race: answer as it did.</summary>
    public async Task<IResult> ReplayWinnerAsync(Claim claim, CancellationToken ct)
    {
        await using var fresh = session.DocumentStore.QuerySession();
        var winner = await fresh.LoadAsync<IdempotencyRecord>(claim.Id, ct)
            ?? throw new InvalidOperationException("An idempotency record was reported as existing but could not be read.");
        return Replay(winner, claim, accessor.HttpContext!);
    }

    private static IResult Replay(IdempotencyRecord earlier, Claim claim, HttpContext http)
    {
        if (earlier.RequestHash != claim.Hash)
            return Results.Problem(statusCode: 422, title: "Idempotency-Key reused with a different request.",
                detail: "This key was first used with another body. Use a new key for a new request.");
        if (earlier.Location is not null) http.Response.Headers.Location = earlier.Location;
        if (earlier.ETag is not null) http.Response.Headers.ETag = earlier.ETag;
        http.Response.Headers["Idempotent-Replayed"] = "true";
        return Results.Text(earlier.Body, "application/json", Encoding.UTF8, earlier.StatusCode);
    }

    private static string Hash<T>(T request) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request)));
}
