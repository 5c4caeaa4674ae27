using System.Collections.Concurrent;

namespace Watchlist.Matching;

/// <summary>
/// Every distinct name token in the index, keyed by <see cref="TokenHash"/>. Typo neighbours
/// are found by hashing the query token's one-edit variants in O(1) each and probing: a few
/// hundred lookups per query token, and no per-term cost in memory.
/// </summary>
internal sealed class Vocabulary
{
    private const int MinFuzzyLength = 4;

    private readonly ConcurrentDictionary<ulong, Term> _terms = new();

    // Tokens whose hash another token already took; in practice stays empty.
    private readonly ConcurrentDictionary<string, Term> _collisions = new(StringComparer.Ordinal);

    public int Count => _terms.Count + _collisions.Count;

    public Term? Find(ReadOnlySpan<char> text)
    {
        if (_terms.TryGetValue(TokenHash.Of(text), out var term) && text.SequenceEqual(term.Text)) return term;
        return _collisions.IsEmpty ? null : _collisions.GetValueOrDefault(text.ToString());
    }

    /// <summary>Writer only.</summary>
    public Term Register(string text)
    {
        if (Find(text) is { } known) return known;
        var term = new Term(text, new Postings());
        if (!_terms.TryAdd(TokenHash.Of(text), term)) _collisions[text] = term;
        return term;
    }

    /// <summary>Indexed tokens one edit (or one swap of neighbours) away; the caller verifies.</summary>
    public void Neighbours(string text, HashSet<Term> found)
    {
        if (text.Length < MinFuzzyLength) return;
        var state = (_terms, found);
        TokenHash.ForEachNeighbour(text, ref state, static (ref (ConcurrentDictionary<ulong, Term> Terms, HashSet<Term> Found) s, ulong hash) =>
        {
            if (s.Terms.TryGetValue(hash, out var term)) s.Found.Add(term);
        });
    }
}
