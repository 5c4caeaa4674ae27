using JasperFx.Events.Daemon;

namespace Watchlist.ServiceDefaults.EventStore;

/// <summary>Bound from the <c>Marten</c> and <c>EventStore</c> sections and <c>ConnectionStrings:Postgres</c>;
/// <c>EventStore:ListenNotify</c> (default true) wakes the daemon by NOTIFY on every append.</summary>
public sealed record EventStoreSettings(string ConnectionString, string Schema, DaemonMode DaemonMode, bool ListenNotify = true);
