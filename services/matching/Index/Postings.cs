namespace Watchlist.Matching;

/// <summary>
/// The slots of the entries that carry one key, in ascending order (slots only ever grow).
/// One writer appends under the index lock; readers take a lock-free snapshot. Slots of
/// replaced or removed entries stay until enough pile up to be worth a compaction.
/// </summary>
internal sealed class Postings
{
    // items[0] is the count of the slots that follow. Slots below the count never change and
    // the count only grows, so one array read gives a consistent snapshot; growing or
    // compacting publishes a new array. Keeping the count inside saves an object per key.
    private int[] _items = new int[2];
    private int _live;
    private int _retired;

    /// <summary>Entries currently carrying this key: the document frequency.</summary>
    public int Live => Volatile.Read(ref _live);

    /// <summary>Length of the snapshot a reader would scan, retired slots included.</summary>
    public int Length => Volatile.Read(ref Volatile.Read(ref _items)[0]);

    public ReadOnlySpan<int> Slots
    {
        get
        {
            var items = Volatile.Read(ref _items);
            return new ReadOnlySpan<int>(items, 1, Volatile.Read(ref items[0]));
        }
    }

    /// <summary>The same snapshot as <see cref="Slots"/>, to be kept across a walk that visits several lists in turn.</summary>
    public ArraySegment<int> Snapshot
    {
        get
        {
            var items = Volatile.Read(ref _items);
            return new ArraySegment<int>(items, 1, Volatile.Read(ref items[0]));
        }
    }

    /// <summary>
    /// Writer only; slots must arrive in ascending order. An entry that carries the key twice (two names sharing a token)
    /// adds its slot once: its keys are added one after the other, so a repeat is always the last slot.
    /// </summary>
    public void Add(int slot)
    {
        var items = _items;
        var count = items[0];
        if (count > 0 && items[count] == slot) return;
        if (count + 1 < items.Length)
        {
            items[count + 1] = slot;
            Volatile.Write(ref items[0], count + 1);
        }
        else
        {
            var grown = new int[items.Length * 2];
            Array.Copy(items, 1, grown, 1, count);
            grown[count + 1] = slot;
            grown[0] = count + 1;
            Volatile.Write(ref _items, grown);
        }
        Volatile.Write(ref _live, _live + 1);
    }

    /// <summary>Writer only: one of the carrying entries left the index (its slot is already empty).</summary>
    public void Retire(SlotTable slots)
    {
        Volatile.Write(ref _live, _live - 1);
        _retired++;
        if (_retired > 8 && _retired > _live) Compact(slots);
    }

    /// <summary>Writer only: publishes the slots in an array of their exact size.</summary>
    public void TrimExcess()
    {
        var items = _items;
        if (items.Length == items[0] + 1) return;
        Volatile.Write(ref _items, items[..(items[0] + 1)]);
    }

    private void Compact(SlotTable slots)
    {
        var items = _items;
        var compacted = new int[Math.Max(2, _live + 1)];
        var count = 0;
        for (var i = 1; i <= items[0]; i++)
            if (slots.IsLive(items[i]) && count + 1 < compacted.Length) compacted[++count] = items[i];
        compacted[0] = count;
        Volatile.Write(ref _items, compacted);
        _retired = 0;
    }
}
