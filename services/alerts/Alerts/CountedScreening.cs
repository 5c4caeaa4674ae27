namespace Watchlist.Alerts.Alerts;

/// <summary>
/// A screening an alert counted (its raising or a repeated hit), inserted in the transaction that appends the event
/// (<see cref="AlertStreams.AppendAlertAsync"/>) and never changed: what dedup and retro ask "already counted?" of, since the
/// alert's state keeps only its latest screenings (decision 0092). The id is the pair, so a second insert of one pair fails
/// the transaction: of two replicas counting one redelivered hit, the second is refused, runs again and finds it counted.
/// <paramref name="CountedAt"/> is when the hit counted; for an alert stored before the records, when its view recorded them
/// (its last hit's time).
/// </summary>
public sealed record CountedScreening(string Id, Guid AlertId, Guid EntryId, Guid ScreeningId, DateTimeOffset CountedAt)
{
    public static string IdOf(Guid alertId, Guid screeningId) => $"{alertId:N}:{screeningId:N}";

    public static CountedScreening Of(Alert alert, Guid screeningId, DateTimeOffset at) =>
        new(IdOf(alert.Id, screeningId), alert.Id, alert.Facts.EntryId, screeningId, at);
}
