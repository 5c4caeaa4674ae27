using Watchlist.Matching;

namespace Watchlist.Tests.Matching;

/// <summary>
/// The collector walks postings a block of slots at a time (decision record 0109). These tests hold it to the plain walk, one
/// whole list after the other, written out below as it was before: the same candidates, in the same order, chosen among equal
/// scores the same way.
/// </summary>
public class CandidateCollectorTests
{
    private const int SlotCount = 300_000; // several blocks of 64 Ki slots

    private static readonly IndexedEntry?[] Slots = [.. Enumerable.Range(0, SlotCount).Select(Entry)];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Blocked_walks_choose_what_one_list_after_the_other_chose(int seed)
    {
        var random = new Random(seed);
        var chosen = 0;
        for (var round = 0; round < 30; round++)
        {
            var keys = RandomKeys(random, longOnly: round % 10 == 9);
            var limit = random.Next(4) switch { 0 => 1, 1 => 7, _ => 200 };
            var floor = random.Next(3) switch { 0 => 0f, 1 => 1.5f, _ => 3f };
            Func<Guid, bool>? eligible = round % 4 == 3 ? id => id.GetHashCode() % 3 != 0 : null;

            var expected = PlainWalk(keys, Slots, limit, floor, eligible);
            var actual = CandidateCollector.Collect(keys, Slots, limit, floor, eligible);

            Assert.Equal(expected.Select(e => e.Id), actual.Select(e => e.Id));
            chosen += actual.Count;
        }
        // Lists of birth years alone find nothing; the rest must choose, or the comparison tests too little.
        Assert.True(chosen > 30 * 50, $"{chosen} candidates chosen in 30 rounds");
    }

    [Fact]
    public void Equal_scores_at_the_cut_go_to_the_slots_found_first()
    {
        // Slot 3 is on both lists; every other slot scores the same, so the cut of five keeps the ones found first: the
        // shorter list's, then the longer one's from its start.
        var first = PostingsOf(200_000, 5, 70_000, 3);
        var second = PostingsOf(1, 2, 3, 4, 100_000, 250_000);
        CandidateKey[] keys = [new(second, 1, KeyRole.Ordinary), new(first, 1, KeyRole.Ordinary)];

        var chosen = CandidateCollector.Collect(keys, Slots, 5, 0, null);

        Assert.Equal(PlainWalk(keys, Slots, 5, 0, null).Select(e => e.Id), chosen.Select(e => e.Id));
        Assert.Equal(new[] { 1, 3, 5, 70_000, 200_000 }, chosen.Select(e => Array.IndexOf(Slots, e)).Order());
    }

    [Fact]
    public async Task Lists_a_writer_lengthens_during_the_walk_are_walked_as_their_snapshots()
    {
        // The writer appends slots past the entries (no entry there, so never chosen) to the very lists being sorted and
        // walked; every list's length changes under the readers, its order among the others with it. Nothing may throw, and
        // with a cut above the number found, the same entries must come out as from the lists before the writer started.
        var random = new Random(7);
        var keys = Enumerable.Range(0, 12).Select(k => new CandidateKey(
                PostingsOf([.. Enumerable.Range(0, 1 + random.Next(3_000)).Select(_ => random.Next(SlotCount)).Distinct()]),
                1 + k % 3, k == 0 ? KeyRole.Anchor : KeyRole.Ordinary))
            .ToArray();
        var expected = PlainWalk(keys, Slots, 100_000, 0, null).Select(e => e.Id).Order().ToArray();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            var next = SlotCount;
            while (!stop.IsCancellationRequested && next < SlotCount + 60_000)
                keys[next % keys.Length].Postings.Add(next++);
        });
        try
        {
            for (var round = 0; round < 300; round++)
            {
                var chosen = CandidateCollector.Collect(keys, Slots, 100_000, 0, null);
                Assert.Equal(expected, chosen.Select(e => e.Id).Order());
            }
        }
        finally
        {
            await stop.CancelAsync();
            await writer;
        }
        Assert.True(keys.Sum(k => k.Postings.Length) > expected.Length, "the writer appended nothing");
    }

    [Fact]
    public void The_scores_are_back_to_zero_after_a_walk_for_the_next_search()
    {
        // Scratch is pooled: a search that left a score behind would hand it to the next one, which would find that slot
        // without any list carrying it. The same lists walked again, alone and after others, choose the same.
        var random = new Random(11);
        var first = RandomKeys(random, longOnly: false);
        var second = RandomKeys(random, longOnly: true);
        var alone = CandidateCollector.Collect(second, Slots, 200, 0, null).Select(e => e.Id).ToArray();
        for (var round = 0; round < 3; round++)
        {
            CandidateCollector.Collect(first, Slots, 200, 0, null);
            Assert.Equal(alone, CandidateCollector.Collect(second, Slots, 200, 0, null).Select(e => e.Id));
        }
        Assert.Equal(PlainWalk(second, Slots, 200, 0, null).Select(e => e.Id), alone);
    }

    private static CandidateKey[] RandomKeys(Random random, bool longOnly)
    {
        var count = 1 + random.Next(40);
        var keys = new CandidateKey[count];
        for (var k = 0; k < count; k++)
        {
            // Lengths either side of the scan limit; weights from a few values, so that many sums tie.
            var length = longOnly || random.Next(5) == 0
                ? 16_385 + random.Next(30_000)
                : 1 + random.Next(random.Next(2) == 0 ? 50 : 12_000);
            var slots = Enumerable.Range(0, length).Select(_ => random.Next(SlotCount)).Distinct().Order().ToArray();
            var role = longOnly ? KeyRole.Ordinary
                : random.Next(6) switch { 0 => KeyRole.Anchor, 1 => KeyRole.BoostOnly, _ => KeyRole.Ordinary };
            keys[k] = new CandidateKey(PostingsOf(slots), random.Next(4) switch { 0 => 0.5, 1 => 1, 2 => 2, _ => 3.25 }, role);
        }
        return keys;
    }

    private static Postings PostingsOf(params int[] slots)
    {
        var postings = new Postings();
        foreach (var slot in slots.Order()) postings.Add(slot);
        return postings;
    }

    private static IndexedEntry? Entry(int slot) => slot % 97 == 13 ? null : new IndexedEntry
    {
        Id = new Guid(slot, 0, 0, new byte[8]),
        Version = 1,
        Kind = EntryKind.Person,
        Names = [],
        BirthDates = [],
        Gender = Gender.Unknown,
        Nationalities = [],
        Documents = [],
        Identifiers = [],
    };

    /// <summary>The walk before blocks, as it was: each list in turn over the whole score array.</summary>
    private static List<IndexedEntry> PlainWalk(
        IReadOnlyList<CandidateKey> keys, IndexedEntry?[] slots, int limit, float floor, Func<Guid, bool>? isEligible)
    {
        var scores = new float[slots.Length + slots.Length / 4];
        var touched = new List<int>();
        void Scan(ReadOnlySpan<int> postings, float weight)
        {
            foreach (var slot in postings)
            {
                if ((uint)slot >= (uint)scores.Length) continue;
                if (scores[slot] == 0) touched.Add(slot);
                scores[slot] += weight;
            }
        }
        var ordered = keys.ToArray();
        Array.Sort(ordered, static (a, b) => a.Postings.Length.CompareTo(b.Postings.Length));
        var boosting = new List<CandidateKey>();
        foreach (var key in ordered)
        {
            if (key.Role == KeyRole.Anchor || (key.Role == KeyRole.Ordinary && key.Postings.Length <= 16_384))
                Scan(key.Postings.Slots, (float)key.Weight);
            else
                boosting.Add(key);
        }
        foreach (var key in boosting)
        {
            if (touched.Count == 0 && key.Role == KeyRole.Ordinary) Scan(key.Postings.Slots, (float)key.Weight);
            else
                foreach (var slot in key.Postings.Slots)
                    if ((uint)slot < (uint)scores.Length && scores[slot] != 0) scores[slot] += (float)key.Weight;
        }
        var best = new PriorityQueue<IndexedEntry, float>();
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
        var selected = new List<IndexedEntry>();
        while (best.TryDequeue(out var entry, out _)) selected.Add(entry);
        return selected;
    }
}
