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

    /// <param name="floor">Accumulated weight below which a candidate cannot make a hit and is not scored.</param>
    public static List<IndexedEntry> Collect(
        IReadOnlyList<CandidateKey> keys, IndexedEntry?[] slots, int limit, float floor, Func<Guid, bool>? isEligible)
    {
        var scratch = SearchScratch.Rent(slots.Length);
        var scores = scratch.Scores;
        var touched = scratch.Touched;
        var touchedCount = 0;
        try
        {
            var ordered = keys.ToArray();
            Array.Sort(ordered, static (a, b) => a.Postings.Length.CompareTo(b.Postings.Length));
            var boosting = new List<CandidateKey>();
            foreach (var key in ordered)
            {
                if (key.Role == KeyRole.Anchor || (key.Role == KeyRole.Ordinary && key.Postings.Length <= ScanLimit))
                    Scan(key.Postings.Slots, (float)key.Weight, scores, ref touched, ref touchedCount);
                else
                    boosting.Add(key);
            }
            foreach (var key in boosting)
            {
                // Nothing found by the short lists: the shortest long one has to do.
                if (touchedCount == 0 && key.Role == KeyRole.Ordinary)
                    Scan(key.Postings.Slots, (float)key.Weight, scores, ref touched, ref touchedCount);
                else
                    Boost(key.Postings.Slots, (float)key.Weight, scores);
            }
            return SelectBest(scores, touched.AsSpan(0, touchedCount), slots, limit, floor, isEligible);
        }
        finally
        {
            foreach (var slot in touched.AsSpan(0, touchedCount)) scores[slot] = 0;
            scratch.Touched = touched;
            SearchScratch.Return(scratch);
        }
    }

    private static void Scan(ReadOnlySpan<int> postings, float weight, float[] scores, ref int[] touched, ref int touchedCount)
    {
        foreach (var slot in postings)
        {
            if ((uint)slot >= (uint)scores.Length) continue; // added after this query's snapshot
            if (scores[slot] == 0)
            {
                if (touchedCount == touched.Length) Array.Resize(ref touched, touched.Length * 2);
                touched[touchedCount++] = slot;
            }
            scores[slot] += weight;
        }
    }

    // Postings are sorted, so this walk reads the score array front to back: cheap even for long lists.
    private static void Boost(ReadOnlySpan<int> postings, float weight, float[] scores)
    {
        foreach (var slot in postings)
            if ((uint)slot < (uint)scores.Length && scores[slot] != 0) scores[slot] += weight;
    }

    private static List<IndexedEntry> SelectBest(
        float[] scores, ReadOnlySpan<int> touched, IndexedEntry?[] slots, int limit, float floor, Func<Guid, bool>? isEligible)
    {
        limit = Math.Max(1, limit);
        var best = new PriorityQueue<IndexedEntry, float>(Math.Min(limit, touched.Length) + 1);
        foreach (var slot in touched)
        {
            var score = scores[slot];
            if (score < floor) continue;
            if (best.Count == limit && best.TryPeek(out _, out var lowest) && score <= lowest) continue;
            var entry = SlotTable.Read(slots, slot);
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
