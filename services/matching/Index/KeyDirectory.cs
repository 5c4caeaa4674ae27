namespace Watchlist.Matching;

/// <summary>
/// Postings for every key that is not a plain name token, by key hash: an open-addressing table of two arrays (hashes and
/// postings) rather than a dictionary of nodes. At a million entries it holds millions of keys, most carried by one entry (a
/// document number, a phone, two names written together); a node object per key cost the build its lock and allocation per
/// insert and the collector millions of objects to mark (decision record 0108). One writer inserts; readers never lock.
/// </summary>
internal sealed class KeyDirectory
{
    // Hash 0 marks a free place; a key that hashes to it is filed under this one (a collision costs a candidate, see KeyHash).
    private const ulong ZeroStandIn = 0x9E3779B97F4A7C15UL;
    private const int InitialCapacity = 1 << 10;

    private Table _table = new(InitialCapacity);

    public int Count => Volatile.Read(ref _table).Count;

    public Postings? Find(ulong key)
    {
        var table = Volatile.Read(ref _table);
        key = key == 0 ? ZeroStandIn : key;
        for (var i = table.PlaceOf(key); ; i = (i + 1) & table.Mask)
        {
            var found = Volatile.Read(ref table.Keys[i]);
            if (found == key) return Volatile.Read(ref table.Postings[i]);
            if (found == 0) return null;
        }
    }

    /// <summary>Writer only.</summary>
    public Postings Register(ulong key)
    {
        key = key == 0 ? ZeroStandIn : key;
        var table = _table;
        var i = table.PlaceOf(key);
        for (; table.Keys[i] != 0; i = (i + 1) & table.Mask)
            if (table.Keys[i] == key) return table.Postings[i]!;
        if ((table.Count + 1) * 4 > table.Keys.Length * 3)
        {
            table = table.Grown();
            Volatile.Write(ref _table, table);
            for (i = table.PlaceOf(key); table.Keys[i] != 0; i = (i + 1) & table.Mask) { }
        }
        var postings = new Postings();
        // The postings first, then the key that makes them findable: a reader who sees the key sees its postings.
        Volatile.Write(ref table.Postings[i], postings);
        Volatile.Write(ref table.Keys[i], key);
        table.Count++;
        return postings;
    }

    /// <summary>Writer only. Each postings list is trimmed on its own, so the keys are shared out over the cores.</summary>
    public void TrimExcess()
    {
        var postings = _table.Postings;
        Parallel.For(0, (postings.Length + 65_535) / 65_536, part =>
        {
            foreach (var list in postings.AsSpan(part * 65_536, Math.Min(65_536, postings.Length - part * 65_536)))
                list?.TrimExcess();
        });
    }

    private sealed class Table(int capacity)
    {
        public readonly ulong[] Keys = new ulong[capacity];
        public readonly Postings?[] Postings = new Postings?[capacity];
        public readonly int Mask = capacity - 1;
        private readonly int _shift = 64 - int.Log2(capacity);
        public int Count;

        // Fibonacci hashing: the top bits of the product, so that keys differing only in their low bits spread.
        public int PlaceOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

        public Table Grown()
        {
            var grown = new Table(Keys.Length * 2) { Count = Count };
            for (var i = 0; i < Keys.Length; i++)
            {
                var key = Keys[i];
                if (key == 0) continue;
                var place = grown.PlaceOf(key);
                while (grown.Keys[place] != 0) place = (place + 1) & grown.Mask;
                grown.Keys[place] = key;
                grown.Postings[place] = Postings[i];
            }
            return grown;
        }
    }
}
