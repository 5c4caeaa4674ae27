namespace Watchlist.ServiceDefaults.Http;

/// <summary>The first answer to a request made with an Idempotency-Key, kept to be given again on a retry.</summary>
public sealed record IdempotencyRecord(
    string Id, string RequestHash, int StatusCode, string Body, string? Location, string? ETag, DateTimeOffset At);
