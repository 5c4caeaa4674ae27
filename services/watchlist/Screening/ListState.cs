using System.Collections.Concurrent;
using Watchlist.Matching;
using Watchlist.Policy;
using Watchlist.WatchlistService.Integration;
using Watchlist.WatchlistService.Entries;

namespace Watchlist.WatchlistService.Screening;

/// <summary>
/// The watchlist as screening sees it at one list position (the highest event sequence applied):
/// the matching index plus the facts that decide who may hit. Reads are lock-free; one writer applies entries.
/// </summary>
public sealed class ListState
{
    private readonly ScreeningIndex _index = new();
    private readonly ConcurrentDictionary<Guid, HitFacts> _facts = new();
    private long _position;

    public long Position => Interlocked.Read(ref _position);

    public int Count => _index.Count;

    /// <summary>Every entry the list knows, in any status, as last applied (the broker network reads them).</summary>
    public IEnumerable<Entry> Entries => _facts.Values.Select(f => f.Entry);

    /// <summary>Indexes what may ever hit (active, even if not yet or no longer valid: that depends on the moment asked); drops the
    /// rest.</summary>
    public void Apply(Entry entry)
    {
        if (_facts.TryGetValue(entry.Id, out var known) && known.Entry.Version > entry.Version) return;
        _facts[entry.Id] = new HitFacts(entry);
        if (entry.Status == EntryStatus.Active) _index.Upsert(MatchableOf(entry));
        else _index.Remove(entry.Id, entry.Version);
    }

    public void ApplyMany(IReadOnlyCollection<Entry> entries)
    {
        foreach (var entry in entries) _facts[entry.Id] = new HitFacts(entry);
        _index.UpsertMany(entries.Where(e => e.Status == EntryStatus.Active).Select(MatchableOf));
    }

    /// <summary>Once a load is done (see <see cref="ScreeningIndex.TrimExcess"/>).</summary>
    public void Loaded() => _index.TrimExcess();

    /// <summary>The entry as every consumer of the list sees it, in the engine's terms through the one policy.</summary>
    private static MatchableEntry MatchableOf(Entry entry) => ScreeningPolicy.EntryOf(EntrySnapshots.Of(entry));

    public void AdvanceTo(long position)
    {
        if (position > Position) Interlocked.Exchange(ref _position, position);
    }

    /// <summary>Hits for a caller of <paramref name="agency"/> at moment <paramref name="at"/>, best first.</summary>
    public IReadOnlyList<(ScreeningHit Hit, Entry Entry)> Search(ScreeningQuery query, DateTimeOffset at, string? agency,
        MatchThresholds thresholds, int limit)
    {
        var hits = _index.Search(query, new ScreeningOptions
        {
            Thresholds = thresholds,
            MaxResults = limit,
            IsEligible = id => _facts.TryGetValue(id, out var f) && f.MayHit(at, agency),
        });
        return hits.Select(h => (h, _facts[h.EntryId].Entry)).ToList();
    }
}
