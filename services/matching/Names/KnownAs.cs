namespace Watchlist.Matching;

/// <summary>
/// A person listed under a full name and, as an alias, a single family name or laqab ("Ahmad Oumar Imhamad al-Fitouri",
/// a.k.a. "Al Dabbashi") is known as that name with the given name: another list writes him "DABBASHI, Ahmed", a traveller
/// "Ahmed al-Dabbashi". Such an entry also carries the given name with each one-part alias (an article allowed), compared
/// like any other name but trusted less (<see cref="PreparedName.Trust"/>: 0.8), so that the name alone makes a review,
/// not a match: the list never wrote it so. Decision record 0099.
/// </summary>
internal static class KnownAs
{
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "al", "el" };

    /// <summary>The names to add: the primary name's first part with each alias of one part, for a person's entry.</summary>
    public static (ListedName Name, string[] Tokens)[] Of(EntryKind kind, (ListedName Name, string[] Tokens)[] names)
    {
        if (kind != EntryKind.Person) return [];
        var primary = Array.FindIndex(names, name => name.Name.Type == NameType.Primary);
        if (primary < 0 || names[primary].Tokens.Length < 2 || OtherScript(names[primary].Name.Value)) return [];
        var given = names[primary].Tokens[0];
        var added = new List<(ListedName, string[])>();
        foreach (var (name, tokens) in names)
        {
            if (name.Type == NameType.Primary || OtherScript(name.Value)) continue;
            var single = tokens.Length == 1 || (tokens.Length == 2 && Articles.Contains(tokens[0]));
            // A one-part alias the primary name already holds adds nothing; a given name alone is not a family name.
            if (!single || tokens[^1].Length < 3 || Array.IndexOf(names[primary].Tokens, tokens[^1]) >= 0 || tokens[^1] == given)
                continue;
            // Shown to the officer as the matched name: the given name as a word, then the alias as the list writes it.
            added.Add((new ListedName($"{char.ToUpperInvariant(given[0])}{given[1..]} {name.Value}", NameType.WeakAlias),
                [given, .. tokens]));
        }
        return [.. added];
    }

    private static bool OtherScript(string value) => AbjadKey.IsArabicScript(value) || NameFolder.HasSyllabicScript(value);
}
