using Marten;
using Watchlist.ServiceDefaults.EventStore;

namespace Watchlist.Alerts.Alerts;

/// <summary>
/// <c>./run.sh rebuild</c>'s pass over the alerts' streams for <see cref="CountedScreening"/>s: rebuilt views keep only the
/// latest screenings, so the records must hold every one the streams counted, including those of alerts stored before the
/// records existed. It adds what is missing and changes nothing else (a record is the same pair and alert, whenever written).
/// </summary>
public sealed class CountedScreenings : IReadModel
{
    private const int EventsPerRead = 5_000;

    public string Name => "screenings counted";

    public async Task<int> RebuildAsync(IDocumentStore store, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var entries = new Dictionary<Guid, Guid>(); // alert -> entry, from its raising (the first event of its stream)
        var written = 0;
        long after = 0;
        while (true)
        {
            var page = await session.Events.QueryAllRawEvents()
                .Where(e => e.Sequence > after && (e.EventTypeName == "alert_raised" || e.EventTypeName == "hit_repeated"))
                .OrderBy(e => e.Sequence).Take(EventsPerRead).ToListAsync(ct);
            foreach (var e in page)
            {
                var (alertId, hit, change) = e.Data switch
                {
                    AlertRaised r => (r.AlertId, r.Hit, r.Change),
                    HitRepeated h => (h.AlertId, h.Hit, h.Change),
                    _ => (Guid.Empty, null, null),
                };
                if (hit is null || change is null) continue;
                if (e.Data is AlertRaised raised) entries[alertId] = raised.Facts.EntryId;
                if (!entries.TryGetValue(alertId, out var entryId)) continue;
                // As the write path wrote it (AlertStreams): the same id, alert, entry, screening and time.
                session.Store(new CountedScreening(CountedScreening.IdOf(alertId, hit.ScreeningId), alertId, entryId, hit.ScreeningId,
                    change.At));
                written++;
            }
            if (page.Count < EventsPerRead) break;
            after = page[^1].Sequence;
        }
        await session.SaveChangesAsync(ct);
        return written;
    }
}
