using System.Collections.Concurrent;

namespace Watchlist.Matching;

/// <summary>
/// Every distinct name token in the index, keyed by <see cref="TokenHash"/>. Typo neighbours
/// are found by hashing the query token's one-edit variants in O(1) each and probing: a few
/// hundred lookups per query token, and no per-term cost in memory.
/// </summary>
internal sealed class Vocabulary
{
    /// <summary>A three-letter token may be a four-letter one missing a letter, or a romanisation of a syllable.</summary>
    private const int MinFuzzyLength = 3;

    private readonly ConcurrentDictionary<ulong, Term> _terms = new();

    // Tokens whose hash another token already took; in practice stays empty.
    private readonly ConcurrentDictionary<string, Term> _collisions = new(StringComparer.Ordinal);

    // One bit per token hash (4 Mi bits, 512 KiB): most one-edit variants of a query token are
    // no token at all, and a bit test turns them away at a fraction of a dictionary lookup.
    private const int FilterBits = 22;
    private readonly long[] _filter = new long[(1 << FilterBits) / 64];

    public int Count => _terms.Count + _collisions.Count;

    public Term? Find(ReadOnlySpan<char> text)
    {
        if (_terms.TryGetValue(TokenHash.Of(text), out var term) && text.SequenceEqual(term.Text)) return term;
        return _collisions.IsEmpty ? null : _collisions.GetValueOrDefault(text.ToString());
    }

    /// <summary>
    /// The shared term of a token, created on first sight. Safe on any number of threads, so that a bulk load prepares its
    /// entries' names in parallel: a term is a pure function of its text, so whichever thread creates it, every entry gets the
    /// one instance the dictionary kept. Its postings only ever change under the writer lock.
    /// </summary>
    public Term Register(string text)
    {
        if (Find(text) is { } known) return known;
        var hash = TokenHash.Of(text);
        var term = _terms.GetOrAdd(hash, static (_, text) => new Term(text, new Postings()), text);
        if (!string.Equals(term.Text, text, StringComparison.Ordinal))
            term = _collisions.GetOrAdd(text, static text => new Term(text, new Postings()));
        var bit = (int)(hash >> (64 - FilterBits));
        Interlocked.Or(ref _filter[bit >> 6], 1L << (bit & 63));
        return term;
    }

    /// <summary>Writer only. Each term's postings are trimmed on their own, so the terms are shared out over the cores.</summary>
    public void TrimExcess() =>
        Parallel.ForEach(_terms.Values.Concat(_collisions.Values), static term => term.Postings?.TrimExcess());

    /// <summary>Indexed tokens one edit (or one swap of neighbours) away; the caller verifies.</summary>
    public void Neighbours(string text, HashSet<Term> found)
    {
        if (text.Length < MinFuzzyLength) return;
        var state = (_terms, _filter, found);
        TokenHash.ForEachNeighbour(text, ref state, static (
            ref (ConcurrentDictionary<ulong, Term> Terms, long[] Filter, HashSet<Term> Found) s, ulong hash) =>
        {
            var bit = (int)(hash >> (64 - FilterBits));
            if ((Volatile.Read(ref s.Filter[bit >> 6]) & (1L << (bit & 63))) == 0) return;
            if (s.Terms.TryGetValue(hash, out var term)) s.Found.Add(term);
        });
    }
}
