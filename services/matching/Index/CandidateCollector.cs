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
            var ordered = keys.ToArray();
            Array.Sort(ordered, static (a, b) => a.Postings.Length.CompareTo(b.Postings.Length));
            var lists = new Walk[ordered.Length];
            var (scanning, boosting) = (0, ordered.Length);
            foreach (var key in ordered)
            {
                var list = new Walk(key.Postings.Snapshot, (float)key.Weight, key.Role == KeyRole.Ordinary);
                var scanned = key.Role == KeyRole.Anchor || (key.Role == KeyRole.Ordinary && list.Length <= ScanLimit);
                // Scanned lists from the front in their order, boosting ones from the back, reversed below.
                if (scanned) lists[scanning++] = list;
                else lists[--boosting] = list;
            }
            lists.AsSpan(boosting).Reverse();
            Scan(lists.AsSpan(0, scanning), scratch, ref found);
            if (found > 0) Boost(lists.AsSpan(boosting), scratch.Scores);
            else
            {
                // Nothing found by the short lists: the shortest long one has to do (one list, so nothing to gain from blocks).
                for (var k = boosting; k < lists.Length; k++)
                {
                    if (found == 0 && lists[k].Ordinary) Scan(lists.AsSpan(k, 1), scratch, ref found, firstKey: k);
                    else Boost(lists.AsSpan(k, 1), scratch.Scores);
                }
            }
            var count = InOrderFound(scratch, found, lists.Length);
            return SelectBest(scratch.Ordered.AsSpan(0, count), scratch.OrderedScores, slots, limit, floor, isEligible);
        }
        finally
        {
            foreach (var slot in scratch.Found.AsSpan(0, found)) scratch.Scores[slot] = 0;
            SearchScratch.Return(scratch);
        }
    }

    /// <summary>One key's postings as walked: its snapshot, its weight, and how far the walk has come.</summary>
    private struct Walk(ArraySegment<int> slots, float weight, bool ordinary)
    {
        public readonly int[] Items = slots.Array!;
        public readonly int End = slots.Offset + slots.Count;
        public readonly float Weight = weight;
        public readonly bool Ordinary = ordinary;
        public int Next = slots.Offset;

        public readonly int Length => End - Next;
    }

    /// <summary>Adds each list's weight to its slots, and notes each slot found with the place of the list that found it.</summary>
    private static void Scan(Span<Walk> lists, SearchScratch scratch, ref int found, int firstKey = 0)
    {
        var scores = scratch.Scores;
        for (var end = Math.Min(BlockSlots, scores.Length); ; end = Math.Min(end + BlockSlots, scores.Length))
        {
            for (var k = 0; k < lists.Length; k++)
            {
                ref var list = ref lists[k];
                var (slots, i) = (list.Items, list.Next);
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
                    scores[slot] += list.Weight;
                }
                list.Next = i;
            }
            if (end == scores.Length) return;
        }
    }

    // Postings are sorted, so each walk reads the block's scores front to back: cheap even for long lists.
    private static void Boost(Span<Walk> lists, float[] scores)
    {
        for (var end = Math.Min(BlockSlots, scores.Length); ; end = Math.Min(end + BlockSlots, scores.Length))
        {
            for (var k = 0; k < lists.Length; k++)
            {
                ref var list = ref lists[k];
                var (slots, i) = (list.Items, list.Next);
                for (; i < list.End; i++)
                {
                    var slot = slots[i];
                    if ((uint)slot >= (uint)end) break;
                    if (scores[slot] != 0) scores[slot] += list.Weight;
                }
                list.Next = i;
            }
            if (end == scores.Length) return;
        }
    }

    /// <summary>
    /// The found slots in the order a walk of one whole list after the other finds them (by list, then slot), with their
    /// summed scores: the order in which the best are chosen decides between equal scores at the cut, so it stays the same
    /// as it was before the walk went by blocks. A counting sort by list, reading the scores block by block.
    /// </summary>
    private static int InOrderFound(SearchScratch scratch, int found, int lists)
    {
        scratch.EnsureOrdered(found);
        Span<int> starts = lists <= 256 ? stackalloc int[lists + 1] : new int[lists + 1];
        starts.Clear();
        foreach (var key in scratch.FoundBy.AsSpan(0, found)) starts[key + 1]++;
        for (var k = 1; k < starts.Length; k++) starts[k] += starts[k - 1];
        for (var i = 0; i < found; i++)
        {
            var place = starts[scratch.FoundBy[i]]++;
            var slot = scratch.Found[i];
            scratch.Ordered[place] = slot;
            scratch.OrderedScores[place] = scratch.Scores[slot];
        }
        return found;
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
