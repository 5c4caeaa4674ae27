using JasperFx.Events;
using Marten;
using Watchlist.Alerts.Entries;
using Watchlist.Alerts.FalsePositives;
using Watchlist.Alerts.Retro;
using Watchlist.ServiceDefaults.PersonalData;

namespace Watchlist.Alerts.Alerts;

public static class AlertStore
{
    /// <summary>
    /// Rich appends check each stream's version in the database, which is what makes If-Match and the SLA sweeper
    /// safe across replicas; the board is indexed on what listing filters and sorts by, the SLA deadline and the entry.
    /// </summary>
    public static void Configure(StoreOptions options)
    {
        options.Events.AppendMode = EventAppendMode.Rich;
        Versioning.AlertStoredEvents.Configure(options); // every stored event under its fixed name and version (decision 0070)
        options.Schema.For<WatchedEntry>().Index(w => w.ListPosition);
        // The audience's own GIN index, not one over the whole document: a repeat rewrites the row, and every write re-indexed
        // every key of it (decision 0092). Lists filter on the audience (AlertVisibility) and sort by the key.
        options.Schema.For<AlertView>().Index(v => v.SortKey).Index(v => v.SlaDeadline).Index(v => v.EntryId)
            .GinIndexJsonDataMember(v => v.Audience);
        options.Schema.For<OpenAlertKey>();
        // Dedup reads a group's screenings and retro one crossing; retention prunes by age (CountedScreeningRetention).
        options.Schema.For<CountedScreening>().Index(c => c.ScreeningId).Index(c => c.CountedAt);
        options.Schema.For<FalsePositive>().Index(f => f.EntryId).Index(f => f.AlertId);
        // Retention and the window's load read crossings by age; nothing reads them by list position but the benchmark's
        // baseline scan, and every crossing paid for that index (decision 0133).
        options.Schema.For<Crossing>().Index(c => c.ScreenedAt);
        options.Schema.For<RetroEntry>().Index(r => r.ListPosition);
        options.StoreDataKeys(); // the keys that seal alerts' raisings (Retention/AlertPrivacy)
        AlertMetrics.Listen(options);
    }
}
