using System.Diagnostics;

namespace Watchlist.Matching;

/// <summary>
/// In-memory screening index over watchlist entries. Writes (upsert, remove) are
/// serialised and cheap; searches are lock-free and may run on any number of threads
/// while writes happen, each seeing every entry either before or after a given write.
/// </summary>
public sealed class ScreeningIndex
{
    private readonly Lock _writer = new();
    private readonly Vocabulary _vocabulary = new();
    private readonly KeyDirectory _directory = new();
    private readonly SlotTable _slots = new();
    private readonly SharedArrays _shared = new();

    // Slot -1 marks a delisting remembered so that a late, older upsert cannot revive it. Under the writer lock: a plain
    // dictionary costs half a concurrent one per entry, and searches never read it.
    private readonly Dictionary<Guid, (int Slot, int Version)> _placements = [];
    private int _count;

    /// <summary>Entries currently screenable.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The indexed version of an entry, or null when it is not in the index.</summary>
    public int? VersionOf(Guid entryId)
    {
        lock (_writer) return _placements.TryGetValue(entryId, out var placement) && placement.Slot >= 0 ? placement.Version : null;
    }

    /// <summary>
    /// Adds an entry or replaces its indexed version. An older version than the one
    /// indexed (or than a recorded removal) is ignored, so events may arrive out of order.
    /// </summary>
    /// <returns>Whether the index changed.</returns>
    public bool Upsert(MatchableEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var draft = EntryDraft.Of(entry, _vocabulary);
        lock (_writer) return Apply(draft);
    }

    /// <summary>
    /// Bulk load: entries are drafted on every core (folded, their terms registered, their keys hashed) a batch ahead of the
    /// writer, which applies each batch in order. The index ends as if each entry had been upserted in turn.
    /// </summary>
    /// <returns>How many entries changed the index.</returns>
    public int UpsertMany(IEnumerable<MatchableEntry> entries) => UpsertMany(entries, null);

    /// <summary>The bulk load, with where its time went when <paramref name="timings"/> is given (the bench's).</summary>
    public int UpsertMany(IEnumerable<MatchableEntry> entries, BulkLoadTimings? timings)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var applied = 0;
        // Sized once when the count is known: growing by doubling copies a million slots and placements several times, and
        // each copy is a large object the collector counts towards a full collection.
        if (entries.TryGetNonEnumeratedCount(out var expected))
            lock (_writer)
            {
                _placements.EnsureCapacity(_placements.Count + expected);
                _slots.Reserve(expected);
            }
        using var batches = entries.Chunk(BatchSize).GetEnumerator();
        var next = batches.MoveNext() ? Draft(batches.Current, timings) : null;
        while (next is not null)
        {
            var waited = Stopwatch.GetTimestamp();
            var drafts = next.GetAwaiter().GetResult();
            var writing = Stopwatch.GetTimestamp();
            // The next batch is drafted while this one is applied: the writer is the one part that cannot be shared out.
            next = batches.MoveNext() ? Draft(batches.Current, timings) : null;
            lock (_writer)
            {
                foreach (var draft in drafts)
                    if (Apply(draft)) applied++;
            }
            timings?.AddWaiting(writing - waited);
            timings?.AddWriter(Stopwatch.GetTimestamp() - writing);
        }
        if (timings is not null) (timings.DirectoryKeys, timings.Terms) = (_directory.Count, _vocabulary.Count);
        return applied;
    }

    private const int BatchSize = 4096;

    private Task<EntryDraft[]> Draft(MatchableEntry[] batch, BulkLoadTimings? timings) =>
        Task.Run(() => batch.AsParallel().AsOrdered().Select(entry =>
        {
            var ticks = default(DraftTicks);
            var draft = EntryDraft.Of(entry, _vocabulary, ref ticks, timed: timings is not null);
            timings?.AddDraft(ticks);
            return draft;
        }).ToArray());

    /// <summary>
    /// After a bulk load: gives back what postings grew ahead of need (a quarter of their memory on average), since a loaded
    /// list changes little. Costs a pass over every key, so call it once a load is done, not per batch.
    /// </summary>
    public void TrimExcess()
    {
        lock (_writer)
        {
            _vocabulary.TrimExcess();
            _directory.TrimExcess();
        }
    }

    /// <summary>Takes an entry out of screening (delisted, suspended, expired).</summary>
    /// <param name="version">When given, older upserts arriving later are ignored.</param>
    /// <returns>Whether the entry was in the index.</returns>
    public bool Remove(Guid entryId, int? version = null)
    {
        lock (_writer)
        {
            var known = _placements.TryGetValue(entryId, out var placement);
            if (known && version < placement.Version) return false;
            var wasIndexed = known && placement.Slot >= 0;
            if (wasIndexed)
            {
                Retire(placement.Slot);
                Volatile.Write(ref _count, _count - 1);
            }
            if (version is { } removedAt) _placements[entryId] = (-1, removedAt);
            else _placements.Remove(entryId);
            return wasIndexed;
        }
    }

    /// <summary>Ranked hits, best first; entries below the review threshold are not returned.</summary>
    public IReadOnlyList<ScreeningHit> Search(ScreeningQuery query, ScreeningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        options ??= ScreeningOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxResults, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxCandidates, 1);
        var population = Math.Max(Count, 1);
        var prepared = new QueryPreparer(_vocabulary, _directory, population).Prepare(query);
        if (prepared.Keys.Count == 0) return [];

        var thresholds = options.Thresholds;
        var candidates = CandidateCollector.Collect(
            prepared.Keys, _slots.Snapshot, options.MaxCandidates, CandidateFloor(prepared, thresholds), options.IsEligible);
        var scored = new List<(IndexedEntry Entry, Assessment Result)>();
        foreach (var entry in candidates)
        {
            var result = CandidateScorer.Assess(prepared, entry, population);
            if (result.Score >= thresholds.Review) scored.Add((entry, result));
        }
        scored.Sort(static (a, b) => b.Result.Score != a.Result.Score
            ? b.Result.Score.CompareTo(a.Result.Score)
            : a.Entry.Id.CompareTo(b.Entry.Id));

        var hits = new List<ScreeningHit>(Math.Min(scored.Count, options.MaxResults));
        foreach (var (entry, result) in scored)
        {
            if (hits.Count == options.MaxResults) break;
            hits.Add(ToHit(prepared, entry, result, thresholds));
        }
        return hits;
    }

    /// <summary>
    /// The ids of every indexed item that shares a lookup key with the query: a name token or its equivalence group, its sound
    /// key, a token one edit away, a joined or split spelling, a document or identifier. Unranked, unscored and uncut (no
    /// <see cref="ScreeningOptions.MaxCandidates"/>, no weight floor), so that an index of the other side (travellers, with an
    /// entry as the query) can hand each candidate to a search in the usual direction without losing one to a weight estimate.
    /// </summary>
    public IReadOnlyList<Guid> Candidates(ScreeningQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var prepared = new QueryPreparer(_vocabulary, _directory, Math.Max(Count, 1), everyKey: true).Prepare(query);
        return prepared.Keys.Count == 0 ? [] : CandidateCollector.CollectAll(prepared.Keys, _slots.Snapshot).ConvertAll(e => e.Id);
    }

    /// <summary>Slots handed out, live or retired: what the index costs beyond its <see cref="Count"/> (see README, known
    /// limits).</summary>
    public int Slots => _slots.Count;

    /// <summary>
    /// A name scores at most the share of the query's weight it covers (a skipped middle name
    /// counting half), so a candidate that shares far less than the review threshold of it
    /// cannot reach review: review² leaves a margin for candidate weights being estimates
    /// (0.42 of the weight at the default review of 0.65; on the public lists review² × 0.7 found
    /// one more hit in 32,000 cases and scored a third more candidates). Documents and
    /// identifiers skip the floor.
    /// </summary>
    private static float CandidateFloor(PreparedQuery query, MatchThresholds thresholds) =>
        query.HasIdentityKeys ? 0 : (float)(query.LeastNameWeight * thresholds.Review * thresholds.Review);

    private static ScreeningHit ToHit(PreparedQuery query, IndexedEntry entry, in Assessment result, MatchThresholds thresholds)
    {
        var matchedName = result.Name > 0 ? entry.Names[result.ListedName].Display
            : entry.Names.Length > 0 ? entry.Names[0].Display : null;
        return new ScreeningHit(entry.Id, entry.Version, entry.Kind, result.Score, thresholds.BandOf(result.Score)!.Value,
            matchedName, HitExplanation.Describe(query, entry, result));
    }

    private bool Apply(EntryDraft draft)
    {
        var source = draft.Source;
        var known = _placements.TryGetValue(source.Id, out var placement);
        if (known && source.Version < placement.Version) return false;
        var entry = EntryRegistrar.Register(draft, _shared);
        var slot = _slots.Add(entry);
        EntryKeys.Add(slot, draft.Names, draft.KeyHashes, _directory);
        if (known && placement.Slot >= 0) Retire(placement.Slot);
        else Volatile.Write(ref _count, _count + 1);
        _placements[source.Id] = (slot, source.Version);
        return true;
    }

    private void Retire(int slot)
    {
        var entry = SlotTable.Read(_slots.Snapshot, slot);
        _slots.Clear(slot);
        if (entry is null) return;
        foreach (var postings in EntryKeys.Of(entry, _directory)) postings.Retire(_slots);
    }
}
