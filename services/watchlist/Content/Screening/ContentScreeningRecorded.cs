using System.Text.Json.Serialization;
using Watchlist.ServiceDefaults.PersonalData;
using Watchlist.WatchlistService.Content.Extraction;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.WatchlistService.Content.Screening;

/// <summary>
/// The audit record of one content screening, the only event of its own stream as a traveller's is: who asked, from which
/// unit, the post as given, what was read from it (in which phone region), what was answered, and against which list
/// position and thresholds. Stored, the post's text, address and extracted items are sealed as a traveller's are
/// (<see cref="ScreeningPrivacy"/>): <paramref name="Sealed"/> holds them in clear, the other fields their pseudonyms; the hits'
/// explanations (which quote the items read) in <paramref name="SealedDetails"/>.
/// </summary>
public sealed record ContentScreeningRecorded(
    Guid ScreeningId,
    ContentInput Content,
    ContentContextInput Context,
    string? PhoneRegion,
    ExtractedItems Extracted,
    long ListPosition,
    double MatchThreshold,
    double ReviewThreshold,
    Decision Decision,
    IReadOnlyList<Hit> Hits,
    Change Change,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SealedData? Sealed = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Pseudonymised = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SealedData? SealedDetails = null) : IScreeningRecord;

/// <summary>The answer: what was found in the post, and what hit.</summary>
public sealed record ContentScreeningResponse(Guid ScreeningId, DateTimeOffset ScreenedAt, Decision Decision, ExtractedItems Extracted,
    IReadOnlyList<Hit> Hits, long ListPosition)
{
    public static ContentScreeningResponse Of(ContentScreeningRecorded s) =>
        new(s.ScreeningId, s.Change.At, s.Decision, s.Extracted, s.Hits, s.ListPosition);
}
