using Watchlist.Contracts.Entries;
using Watchlist.Matching;
using Watchlist.Policy;

namespace Watchlist.Alerts.Retro;

/// <summary>
/// This replica's crossings of the retro-screening window, in memory, indexed by the screening engine with the travellers as
/// the indexed side, so that a list change finds the crossings it may match with index lookups (<see cref="CandidatesOf"/>)
/// instead of loading the window. Bounded: crossings older than the window leave it, and beyond <see cref="RetroSettings.MaxCrossings"/>
/// the oldest leave early (counted in <see cref="DroppedEarly"/>). The engine never reuses a slot, so when retired slots
/// outnumber the live ones the index is rebuilt from the crossings held. Writes are serialised; lookups never wait.
/// </summary>
public sealed class CrossingWindow(RetroSettings settings)
{
    private readonly Lock _writer = new();
    private readonly Dictionary<Guid, (Crossing Crossing, long Added)> _crossings = [];
    private long _added;
    private readonly PriorityQueue<Guid, DateTimeOffset> _byAge = new();
    private ScreeningIndex _index = new();

    public int Count { get { lock (_writer) return _crossings.Count; } }

    /// <summary>Crossings still inside the window that the cap pushed out: retro-screening can no longer find them.</summary>
    public long DroppedEarly { get; private set; }

    /// <summary>Slots the engine has handed out since the last rebuild (a rebuild keeps this under about twice
    /// <see cref="Count"/>).</summary>
    public int Slots => Volatile.Read(ref _index).Slots;

    /// <summary>How many crossings have been added so far: every crossing added up to this mark is in the index.</summary>
    public long Mark { get { lock (_writer) return _added; } }

    /// <summary>The crossings added after <paramref name="mark"/> and still held.</summary>
    public IReadOnlyList<Crossing> AddedAfter(long mark)
    {
        lock (_writer) return _crossings.Values.Where(c => c.Added > mark).Select(c => c.Crossing).ToList();
    }

    public bool Contains(Guid crossingId)
    {
        lock (_writer) return _crossings.ContainsKey(crossingId);
    }

    /// <returns>How many of <paramref name="crossings"/> were new and inside the window.</returns>
    public int AddMany(IReadOnlyCollection<Crossing> crossings, DateTimeOffset now)
    {
        var since = now - settings.Window;
        lock (_writer)
        {
            var fresh = crossings.Where(c => c.ScreenedAt >= since && !_crossings.ContainsKey(c.Id)).DistinctBy(c => c.Id).ToList();
            foreach (var crossing in fresh)
            {
                _crossings[crossing.Id] = (crossing, ++_added);
                _byAge.Enqueue(crossing.Id, crossing.ScreenedAt);
            }
            _index.UpsertMany(fresh.Select(c => ScreeningPolicy.IndexedTravellerOf(c.Id, c.Traveller, c.Context.BorderPost)));
            Trim(since);
            return fresh.Count(c => _crossings.ContainsKey(c.Id));
        }
    }

    /// <summary>Forgets what has left the window.</summary>
    public void Expire(DateTimeOffset now)
    {
        lock (_writer) Trim(now - settings.Window);
    }

    /// <summary>
    /// The crossings that share a name token (or its group, sound key, a spelling one typo away, a joined form), a document or
    /// an identifier with the entry: a superset of those the entry can hit, each to be scored as live screening scores it.
    /// </summary>
    public IReadOnlyList<Crossing> CandidatesOf(EntrySnapshot entry)
    {
        var ids = Volatile.Read(ref _index).Candidates(ScreeningPolicy.LookupOf(entry));
        var found = new List<Crossing>(ids.Count);
        lock (_writer)
            foreach (var id in ids)
                if (_crossings.TryGetValue(id, out var held)) found.Add(held.Crossing);
        return found;
    }

    private void Trim(DateTimeOffset since)
    {
        var removed = 0;
        while (_byAge.TryPeek(out var id, out var at) && (at < since || _crossings.Count > settings.MaxCrossings))
        {
            _byAge.Dequeue();
            if (!_crossings.Remove(id)) continue;
            if (at >= since) DroppedEarly++;
            _index.Remove(id);
            removed++;
        }
        if (removed > 0 && _index.Slots > 2 * _crossings.Count + 4_096) Rebuild();
    }

    /// <summary>A fresh index of the crossings held, swapped in whole: lookups running meanwhile finish on the old one.</summary>
    private void Rebuild()
    {
        var index = new ScreeningIndex();
        index.UpsertMany(_crossings.Values.Select(c => ScreeningPolicy.IndexedTravellerOf(c.Crossing.Id, c.Crossing.Traveller,
            c.Crossing.Context.BorderPost)));
        Volatile.Write(ref _index, index);
    }
}
