using JasperFx.Events;
using Marten;

namespace Watchlist.WatchlistService.Entries;

public static class EntryStore
{
    /// <summary>
    /// Rich appends check each stream's version in the database, which is what makes If-Match
    /// safe under concurrent writers; the list view is indexed on what listing filters and sorts by.
    /// </summary>
    public static void Configure(StoreOptions options)
    {
        options.Events.AppendMode = EventAppendMode.Rich;
        options.Schema.For<EntryView>()
            .Index(v => v.SortKey)
            .Index(v => v.SourceReference)
            .GinIndexJsonData();
    }
}
