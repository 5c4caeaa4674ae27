namespace Watchlist.Gateway.GraphQL.Services;

/// <summary>One notification as the notifications service streams it (the JSON of an SSE <c>data:</c> line).</summary>
public sealed record AlertNotification(
    string AlertId, int AlertVersion, string Kind, string Status, string Severity, string? BorderPost, string EntryName, string Action,
    DateTimeOffset At, string? Unit = null);
