using Watchlist.Bench.Data;

namespace Watchlist.Bench.Cases;

/// <summary>
/// The same party listed by both OFAC and the UN: entries of different lists that carry a
/// common name of two or more parts. A hit on either is the right answer for a case derived
/// from one of them. Within one list, a shared name is a namesake and counts for nothing.
/// </summary>
public sealed class Twins
{
    private readonly Dictionary<Guid, HashSet<Guid>> _of = [];

    public Twins(RealLists lists)
    {
        var byName = new Dictionary<string, List<Guid>>(StringComparer.Ordinal);
        foreach (var entry in lists.Entries)
            foreach (var key in entry.Names.Select(n => ListedNames.KeyOf(n.Value)).Where(k => k.Contains(' ')).Distinct())
                (byName.TryGetValue(key, out var ids) ? ids : byName[key] = []).Add(entry.Id);
        foreach (var ids in byName.Values)
            foreach (var a in ids)
                foreach (var b in ids.Where(b => lists.ListOf[b] != lists.ListOf[a]))
                    (_of.TryGetValue(a, out var set) ? set : _of[a] = []).Add(b);
    }

    public IReadOnlySet<Guid> Of(Guid id) => _of.TryGetValue(id, out var set) ? set : new HashSet<Guid>();
}
