namespace Watchlist.Alerts.Retro;

/// <summary>
/// Which (crossing, entry change) pairs retro-screening must look at, reasoned in list positions rather than in time.
/// A crossing answered at position P saw every change at or below P (the index held them) and perhaps some above it;
/// it may have missed any change above P. So a pair needs a second look when the change is above the crossing's
/// position and the crossing did not already hit the entry live (that hit raises the alert). Every kind of change counts,
/// not only listings and amendments: a reinstatement makes an entry hit again, and when messages arrive out of order the
/// alerts service applies the newest version and never sees the listing it skipped. Whichever of the two messages is
/// handled second does the check (<see cref="RetroLock"/> serialises them), so the pair is checked exactly once.
/// </summary>
public static class RetroPairs
{
    /// <summary>A crossing answered at <paramref name="answeredAt"/> saw the change at <paramref name="changedAt"/>.</summary>
    public static bool Saw(long answeredAt, long changedAt) => answeredAt >= changedAt;

    /// <summary>The pair of a crossing and an entry's change at <paramref name="changedAt"/> needs re-screening.</summary>
    public static bool NeedsRescreen(Crossing crossing, Guid entryId, long changedAt) =>
        !Saw(crossing.ListPosition, changedAt) && !crossing.LiveHits.Contains(entryId);
}
