namespace Watchlist.Matching;

/// <summary>
/// Candidate generation: adds up key weights per entry over the query's postings and keeps
/// the best few for precise scoring. Short lists and anchors are scanned and may bring new
/// candidates; long lists (a common surname in a large index) and birth years only add
/// weight to candidates already found, which bounds the candidate set while still ranking
/// the full "Nguyen Van Anh" above the many entries that share only "Anh".
/// </summary>
internal static class CandidateCollector
{
    private const int ScanLimit = 16_384;

    /// <summary>
    /// The lists are walked a block of slots at a time, every list's slots in the block before the next block: the block's
    /// scores (64 Ki, 256 KiB) stay in the core's cache while a query's dozens of lists add to them, where walking each list
    /// over the whole score array (4 MiB at a million entries) fetched the same lines from memory again for every list. The
    /// common Vietnamese and Chinese names of the p99 walk 100,000 slots and more (decision record 0109).
    /// </summary>
    private const int BlockSlots = 1 << 16;

    /// <param name="floor">Accumulated weight below which a candidate cannot make a hit and is not scored.</param>
    public static List<IndexedEntry> Collect(
        IReadOnlyList<CandidateKey> keys, IndexedEntry?[] slots, int limit, float floor, Func<Guid, bool>? isEligible)
    {
        var scratch = SearchScratch.Rent(slots.Length);
        var found = 0;
        try
        {
            // Each list's snapshot is taken once, before the sort: a writer may lengthen a list meanwhile, and a sort whose
            // lengths change under it compares inconsistently. The lengths sorted on are the ones walked.
            var lists = new Walk[keys.Count];
            for (var k = 0; k < lists.Length; k++) lists[k] = new Walk(keys[k]);
            Array.Sort(lists, static (a, b) => a.Length.CompareTo(b.Length));
            // Scanned lists to the front in their order, boosting ones behind them in theirs (a stable partition).
            var scanning = 0;
            var boosting = new Walk[lists.Length];
            var boosted = 0;
            foreach (var list in lists)
            {
                if (list.Role == KeyRole.Anchor || (list.Role == KeyRole.Ordinary && list.Length <= ScanLimit)) lists[scanning++] = list;
                else boosting[boosted++] = list;
            }
            boosting.AsSpan(0, boosted).CopyTo(lists.AsSpan(scanning));
            WalkByBlocks(lists, scanning, scratch, ref found);
            // Nothing found by the short lists (so the long ones added nothing): the shortest long one has to do, boosted by
            // the ones after it; if it finds nothing either, the next.
            for (var k = scanning; found == 0 && k < lists.Length; k++)
            {
                if (lists[k].Role != KeyRole.Ordinary) continue;
                foreach (ref var list in lists.AsSpan(k)) list.Rewind();
                WalkByBlocks(lists.AsSpan(k), 1, scratch, ref found, firstKey: k);
            }
            var count = InOrderFound(scratch, found, lists.Length, floor);
            return SelectBest(scratch.Ordered.AsSpan(0, count), scratch.OrderedScores, slots, limit, floor, isEligible);
        }
        finally
        {
            // The walk leaves the scores at zero block by block; only a walk cut short by an exception leaves any behind.
            if (scratch.Dirty) Array.Clear(scratch.Scores);
            SearchScratch.Return(scratch);
        }
    }

    /// <summary>One key's postings as walked: its snapshot, its weight, and how far the walk has come.</summary>
    private struct Walk
    {
        public readonly int[] Items;
        public readonly int Start;
        public readonly int End;
        public readonly float Weight;
        public readonly KeyRole Role;
        public int Next;

        public Walk(CandidateKey key)
        {
            var slots = key.Postings.Snapshot;
            (Items, Start, End, Weight, Role) = (slots.Array!, slots.Offset, slots.Offset + slots.Count, (float)key.Weight, key.Role);
            Next = Start;
        }

        /// <summary>The snapshot's length: what the lists are sorted on and what decides whether one is scanned.</summary>
        public readonly int Length => End - Start;

        public void Rewind() => Next = Start;
    }

    /// <summary>
    /// Walks the first <paramref name="scanned"/> lists, which find candidates, and the rest, which only add weight to those
    /// found, a block of slots at a time: in each block every scanned list in turn, then every boosting one, so each slot sums
    /// its weights in the same order as a walk of one whole list after the other would. Each slot found is noted with the
    /// place of the list that found it; once a block is done, its found slots' scores are final, so they are read and the
    /// block's scores put back to zero while they are still in the cache (random reads over the whole array cost more than the
    /// walk for the common names of the tail: 100,000 slots found and more).
    /// </summary>
    private static void WalkByBlocks(Span<Walk> lists, int scanned, SearchScratch scratch, ref int found, int firstKey = 0)
    {
        var scores = scratch.Scores;
        scratch.Dirty = true;
        for (var end = Math.Min(BlockSlots, scores.Length); ; end = Math.Min(end + BlockSlots, scores.Length))
        {
            var blockFound = found;
            for (var k = 0; k < scanned; k++)
            {
                ref var list = ref lists[k];
                var (slots, i, weight) = (list.Items, list.Next, list.Weight);
                for (; i < list.End; i++)
                {
                    var slot = slots[i];
                    // Beyond the block; past the last block, added after this query's snapshot.
                    if ((uint)slot >= (uint)end) break;
                    if (scores[slot] == 0)
                    {
                        if (found == scratch.Found.Length) scratch.Grow();
                        scratch.Found[found] = slot;
                        scratch.FoundBy[found++] = firstKey + k;
                    }
                    scores[slot] += weight;
                }
                list.Next = i;
            }
            // Postings are sorted, so each boosting list reads the block's scores front to back: cheap even for long lists.
            for (var k = scanned; k < lists.Length; k++)
            {
                ref var list = ref lists[k];
                var (slots, i, weight) = (list.Items, list.Next, list.Weight);
                for (; i < list.End; i++)
                {
                    var slot = slots[i];
                    if ((uint)slot >= (uint)end) break;
                    if (scores[slot] != 0) scores[slot] += weight;
                }
                list.Next = i;
            }
            // Weights are positive (rarities, log(1 + x)), so a slot is found once: its score is non-zero once any list added.
            for (var f = blockFound; f < found; f++)
            {
                ref var score = ref scores[scratch.Found[f]];
                scratch.FoundScores[f] = score;
                score = 0;
            }
            if (end == scores.Length) break;
        }
        scratch.Dirty = false;
    }

    /// <summary>
    /// The found slots that reach the floor, in the order a walk of one whole list after the other finds them (by list, then
    /// slot), with their summed scores: the order in which the best are chosen decides between equal scores at the cut, so it
    /// stays the same as it was before the walk went by blocks. Those below the floor are never chosen, so they are left out
    /// before the counting sort by list rather than after it.
    /// </summary>
    private static int InOrderFound(SearchScratch scratch, int found, int lists, float floor)
    {
        var kept = 0;
        for (var i = 0; i < found; i++)
        {
            if (scratch.FoundScores[i] < floor) continue;
            scratch.Found[kept] = scratch.Found[i];
            scratch.FoundBy[kept] = scratch.FoundBy[i];
            scratch.FoundScores[kept++] = scratch.FoundScores[i];
        }
        scratch.EnsureOrdered(kept);
        Span<int> starts = lists <= 256 ? stackalloc int[lists + 1] : new int[lists + 1];
        starts.Clear();
        foreach (var key in scratch.FoundBy.AsSpan(0, kept)) starts[key + 1]++;
        for (var k = 1; k < starts.Length; k++) starts[k] += starts[k - 1];
        for (var i = 0; i < kept; i++)
        {
            var place = starts[scratch.FoundBy[i]]++;
            scratch.Ordered[place] = scratch.Found[i];
            scratch.OrderedScores[place] = scratch.FoundScores[i];
        }
        return kept;
    }

    private static List<IndexedEntry> SelectBest(
        ReadOnlySpan<int> found, float[] scores, IndexedEntry?[] slots, int limit, float floor, Func<Guid, bool>? isEligible)
    {
        limit = Math.Max(1, limit);
        var best = new PriorityQueue<IndexedEntry, float>(Math.Min(limit, found.Length) + 1);
        for (var i = 0; i < found.Length; i++)
        {
            var score = scores[i];
            if (score < floor) continue;
            if (best.Count == limit && best.TryPeek(out _, out var lowest) && score <= lowest) continue;
            var entry = SlotTable.Read(slots, found[i]);
            if (entry is null || (isEligible is not null && !isEligible(entry.Id))) continue;
            if (best.Count < limit) best.Enqueue(entry, score);
            else best.EnqueueDequeue(entry, score);
        }
        var selected = new List<IndexedEntry>(best.Count);
        while (best.TryDequeue(out var entry, out _)) selected.Add(entry);
        return selected;
    }

    /// <summary>
    /// Every live slot on any key that can find candidates (birth years only rank, so not those), unranked and uncut: for a
    /// caller that scores every candidate itself and must not lose one to a weight estimate.
    /// </summary>
    public static List<IndexedEntry> CollectAll(IReadOnlyList<CandidateKey> keys, IndexedEntry?[] slots)
    {
        var seen = new HashSet<int>();
        var found = new List<IndexedEntry>();
        foreach (var key in keys)
        {
            if (key.Role == KeyRole.BoostOnly) continue;
            foreach (var slot in key.Postings.Slots)
                if (seen.Add(slot) && SlotTable.Read(slots, slot) is { } entry) found.Add(entry);
        }
        return found;
    }
}
