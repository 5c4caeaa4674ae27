using System.Text.Json.Serialization;
using Watchlist.ServiceDefaults.PersonalData;
using Watchlist.WatchlistService.Entries;

namespace Watchlist.WatchlistService.Screening;

/// <summary>
/// The audit record of one screening, stored as the only event of its own stream (so it can
/// never be changed): who asked, from which agency and post, what was asked, what was answered,
/// and against which list position and thresholds. Its hits leave the service as ScreeningHitDetected, and the crossing
/// itself as the integration event TravellerScreened (services/contracts).
/// Stored, <paramref name="Traveller"/> holds keyed pseudonyms and <paramref name="Sealed"/> the traveller in clear, sealed
/// with a data key that retention shreds (<see cref="ScreeningPrivacy"/>); records stored before sealing existed have no
/// <paramref name="Sealed"/> and their traveller in clear until retention masks them (<paramref name="Pseudonymised"/>).
/// The hits' explanations quote the traveller as asked ("'NGUYEN VAN A' ~ …", "P1234567 vs listed …"), so they are stored
/// <see cref="ScreeningPrivacy.Withheld"/> with the clear ones sealed in <paramref name="SealedDetails"/> under the same key.
/// </summary>
public sealed record ScreeningRecorded(
    Guid ScreeningId,
    string? Reference,
    TravellerInput Traveller,
    ScreeningContextInput Context,
    DateTimeOffset? AsOf,
    long ListPosition,
    double MatchThreshold,
    double ReviewThreshold,
    Decision Decision,
    IReadOnlyList<Hit> Hits,
    Change Change,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SealedData? Sealed = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Pseudonymised = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SealedData? SealedDetails = null) : IScreeningRecord;
