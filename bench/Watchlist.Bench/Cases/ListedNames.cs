using Watchlist.Matching;
using Watchlist.Matching.Text;

namespace Watchlist.Bench.Cases;

/// <summary>Every listed name as a set of folded parts, to keep negatives off the lists.</summary>
public sealed class ListedNames
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    public void Add(MatchableEntry entry)
    {
        foreach (var name in entry.Names) _keys.Add(KeyOf(name.Value));
    }

    public bool Contains(string name) => _keys.Contains(KeyOf(name));

    /// <summary>
    /// Folded parts in sorted order, initials left out: the same name written in any order,
    /// with or without a middle initial, gives one key.
    /// </summary>
    public static string KeyOf(string name) =>
        string.Join(' ', FoldedTokens(name).Where(t => t.Length > 1).Order(StringComparer.Ordinal));

    public static string[] FoldedTokens(string name) => NameFolding.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
