using Watchlist.Matching;

namespace Watchlist.Bench.Cases.Perturbations;

/// <summary>What the perturbations read from a listed entry.</summary>
public static class Listing
{
    /// <summary>The entry's primary name (the first, when several are primary).</summary>
    public static string? PrimaryName(MatchableEntry entry) =>
        entry.Names.FirstOrDefault(n => n.Type == NameType.Primary)?.Value ?? entry.Names.FirstOrDefault()?.Value;

    /// <summary>Whitespace tokens of the primary name as written (no folding: the engine must do that).</summary>
    public static string[] Tokens(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static bool IsPerson(MatchableEntry entry) => entry.Kind == EntryKind.Person;

    /// <summary>The listed "SURNAME, Given" form, where the list gives one.</summary>
    public static (string Surname, string Given)? SurnameAndGiven(MatchableEntry entry)
    {
        var listed = entry.Names.Select(n => n.Value).FirstOrDefault(v => v.Count(c => c == ',') == 1);
        if (listed is null) return null;
        var comma = listed.IndexOf(',');
        var (surname, given) = (listed[..comma].Trim(), listed[(comma + 1)..].Trim());
        return surname.Length > 0 && given.Length > 0 ? (surname, given) : null;
    }

    /// <summary>A full listed date of birth (YYYY-MM-DD), if any.</summary>
    public static string? FullBirthDate(MatchableEntry entry) => entry.BirthDates.FirstOrDefault(d => d.Length == 10 && d[4] == '-');
}
