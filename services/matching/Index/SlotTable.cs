namespace Watchlist.Matching;

/// <summary>
/// Entry versions by slot. Every upsert takes a fresh slot, so postings stay sorted by
/// appending and a reader never sees an entry change under it: a replaced version's slot
/// is simply emptied.
/// </summary>
internal sealed class SlotTable
{
    private IndexedEntry?[] _entries = new IndexedEntry?[1024];
    private int _count;

    /// <summary>Slots handed out so far, live or emptied.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>A reader's view; slots added later fall outside it and are skipped.</summary>
    public IndexedEntry?[] Snapshot => Volatile.Read(ref _entries);

    public static IndexedEntry? Read(IndexedEntry?[] snapshot, int slot) =>
        (uint)slot < (uint)snapshot.Length ? Volatile.Read(ref snapshot[slot]) : null;

    public bool IsLive(int slot) => Read(_entries, slot) is not null;

    /// <summary>Writer only: room for this many more slots, so that a bulk load grows the table once.</summary>
    public void Reserve(int more)
    {
        var needed = (long)_count + more;
        if (needed <= _entries.Length) return;
        var grown = new IndexedEntry?[(int)Math.Min(Array.MaxLength, needed)];
        Array.Copy(_entries, grown, _count);
        Volatile.Write(ref _entries, grown);
    }

    /// <summary>Writer only.</summary>
    public int Add(IndexedEntry entry)
    {
        var slot = _count;
        if (slot == _entries.Length)
        {
            var grown = new IndexedEntry?[_entries.Length * 2];
            Array.Copy(_entries, grown, _entries.Length);
            Volatile.Write(ref _entries, grown);
        }
        Volatile.Write(ref _entries[slot], entry);
        Volatile.Write(ref _count, slot + 1);
        return slot;
    }

    /// <summary>Writer only.</summary>
    public void Clear(int slot) => Volatile.Write(ref _entries[slot], null);
}
