namespace Watchlist.Gateway.GraphQL.Entries.Vocabulary;

public sealed class EntryStatusGraphType() : WireEnumGraphType("EntryStatus", "Whether an entry takes part in screening.",
    ("ACTIVE", "Screened against."), ("SUSPENDED", "Temporarily not screened; can be reinstated."),
    ("DELISTED", "Taken off the watchlist for good."), ("EXPIRED", "Past its validUntil."));
