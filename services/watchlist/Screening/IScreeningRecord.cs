using Watchlist.WatchlistService.Entries;

namespace Watchlist.WatchlistService.Screening;

/// <summary>
/// An audit record of one screening, of a traveller (<see cref="ScreeningRecorded"/>) or of a post
/// (<see cref="Content.Screening.ContentScreeningRecorded"/>): the only event of its own stream, written by
/// <see cref="ScreeningRecorder"/> and sealed by <see cref="ScreeningPrivacy"/>, whichever kind it is.
/// </summary>
public interface IScreeningRecord
{
    Guid ScreeningId { get; }

    Change Change { get; }
}
