using JasperFx.Events;
using Marten;
using Watchlist.ServiceDefaults.PersonalData;
using Watchlist.WatchlistService.Versioning;

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
        // Every stored event under its fixed name and version, older shapes through upcasters (decision 0070).
        WatchlistStoredEvents.Configure(options);
        options.Schema.For<EntryView>()
            .Index(v => v.SortKey)
            .Index(v => v.SourceReference)
            .GinIndexJsonData();
        // The key store of sealed personal data (decision 0039), indexed on what retention shreds by.
        options.StoreDataKeys();
    }
}
