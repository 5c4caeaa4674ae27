using Watchlist.Contracts.Entries;

namespace Watchlist.Alerts.Retro;

/// <summary>
/// The newest version of an entry that retro-screening has re-screened the window for, written in that re-screening's own
/// transaction. A crossing answered below <see cref="ListPosition"/> and recorded later is checked against it on arrival
/// (<see cref="RetroPairs"/>). It is retro's own record, not <see cref="Entries.WatchedEntry"/>: that one is kept by another
/// queue and may commit before or after the re-screening, and the late check must see exactly the changes already re-screened.
/// </summary>
public sealed record RetroEntry(Guid Id, int Version, long ListPosition, EntrySnapshot Snapshot);
