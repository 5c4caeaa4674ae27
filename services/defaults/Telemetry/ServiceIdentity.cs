namespace Watchlist.ServiceDefaults.Telemetry;

/// <summary>The host's name as its metrics and traces carry it (watchlist, alerts, notifications, gateway).</summary>
public sealed record ServiceIdentity(string Name);
