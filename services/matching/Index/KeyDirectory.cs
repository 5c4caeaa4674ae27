using System.Collections.Concurrent;

namespace Watchlist.Matching;

/// <summary>Postings for every key that is not a plain name token, by key hash.</summary>
internal sealed class KeyDirectory
{
    private readonly ConcurrentDictionary<ulong, Postings> _postings = new();

    public int Count => _postings.Count;

    public Postings? Find(ulong key) => _postings.GetValueOrDefault(key);

    /// <summary>Writer only.</summary>
    public void TrimExcess()
    {
        foreach (var postings in _postings.Values) postings.TrimExcess();
    }

    /// <summary>Writer only.</summary>
    public Postings Register(ulong key)
    {
        if (_postings.TryGetValue(key, out var postings)) return postings;
        postings = new Postings();
        _postings[key] = postings;
        return postings;
    }
}
