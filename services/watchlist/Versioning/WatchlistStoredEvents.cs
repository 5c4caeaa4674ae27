using Marten;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.WatchlistService.Content.Screening;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Governance.Access;
using Watchlist.WatchlistService.Governance.Lists;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.WatchlistService.Versioning;

/// <summary>
/// Every event the watchlist service stores, by stored name and the version of the shape written today (decision 0070).
/// The shapes are guarded by the unit test <c>StoredEventShapeTests</c> against <c>stored-event-shapes.txt</c>.
/// </summary>
public static class WatchlistStoredEvents
{
    public static readonly IReadOnlyList<StoredEvent> All =
    [
        // v1: the foundation's details (no birth dates, nationalities, documents, identifiers, validity, review, source);
        // v2: the full entry model; v3: awaitsApproval (four eyes). v1 rows read through EntryListedUpcaster.
        StoredEvent.Of<EntryListed>("entry_listed", 3),
        StoredEvent.Of<EntryAmended>("entry_amended"),
        StoredEvent.Of<EntrySuspended>("entry_suspended"),
        StoredEvent.Of<EntryReinstated>("entry_reinstated"),
        StoredEvent.Of<EntryDelisted>("entry_delisted"),
        StoredEvent.Of<EntryReviewed>("entry_reviewed"),
        StoredEvent.Of<EntryValidityChanged>("entry_validity_changed"),
        StoredEvent.Of<EntryApproved>("entry_approved"),
        StoredEvent.Of<EntryRejected>("entry_rejected"),
        StoredEvent.Of<EntryDelistingRequested>("entry_delisting_requested"),
        StoredEvent.Of<EntryDelistingRejected>("entry_delisting_rejected"),
        // The class was once TravellerScreened (hence the name). v1: the traveller in clear; v2: sealed, with pseudonyms in its
        // place (sealed, pseudonymised). v1 rows read as they are: a row without a seal is what the readers and retention treat
        // as stored before sealing (the traveller in clear until retention masks it). v3 added sealedDetails (the hits'
        // explanations withheld, the clear ones sealed); a v2 row has none and its explanations in clear, which readers show
        // as stored and retention withholds past the period (ScreeningPrivacy.Mask).
        StoredEvent.Of<ScreeningRecorded>("traveller_screened", 3),
        // v1: sealed from the start; v2 added sealedDetails, as traveller_screened v3 did, read the same way without it.
        StoredEvent.Of<ContentScreeningRecorded>("content_screening_recorded", 2),
        StoredEvent.Of<ListPolicySet>("list_policy_set"),
        StoredEvent.Of<PersonalDataRead>("personal_data_read"),
    ];

    public static void Configure(StoreOptions options)
    {
        StoredEvents.Register(options, All);
        options.Events.Upcast(new EntryListedUpcaster(options));
    }
}
