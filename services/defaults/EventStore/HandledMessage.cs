namespace Watchlist.ServiceDefaults.EventStore;

/// <summary>A bus message a consumer has already applied; its id is "consumer/message id".</summary>
public sealed record HandledMessage(string Id, DateTimeOffset HandledAt);
