namespace Watchlist.WebConsole.Alerts;

/// <summary>One server-sent event of the notifications feed: its cursor (the SSE id) and what it says about an alert.</summary>
public sealed record FeedEvent(
    string Cursor, string Kind, Guid AlertId, int AlertVersion, string? Status, string? Severity, string? BorderPost);
