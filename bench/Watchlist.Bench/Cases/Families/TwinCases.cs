using Watchlist.Bench.Data;
using Watchlist.Matching;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.Bench.Cases.Families;

/// <summary>
/// One person as the UN and OFAC each write them, linked by a passport or national id number both lists carry: the
/// traveller is one list's entry (its primary name, birth date, nationality; no document, which would decide alone) and the
/// answer is the other list's entry, the asking list's own entries being out of reach.
/// </summary>
public static class TwinCases
{
    public static IEnumerable<LabelledQuery> Build(RealLists lists)
    {
        var byNumber = new Dictionary<string, List<MatchableEntry>>(StringComparer.Ordinal);
        foreach (var entry in lists.Entries.Where(e => e.Kind == EntryKind.Person))
            foreach (var number in entry.Documents.Select(d => Canonical(d.Number)).Where(n => n.Length >= 6).Distinct())
                (byNumber.TryGetValue(number, out var list) ? list : byNumber[number] = []).Add(entry);
        var pairs = new HashSet<(Guid, Guid)>();
        foreach (var group in byNumber.Values)
            foreach (var a in group)
                foreach (var b in group.Where(b => lists.ListOf[b.Id] != lists.ListOf[a.Id]))
                    pairs.Add((a.Id, b.Id));
        var byId = lists.Entries.ToDictionary(e => e.Id);
        foreach (var (from, to) in pairs.OrderBy(p => p.Item1).ThenBy(p => p.Item2))
        {
            var source = byId[from];
            var asking = lists.ListOf[from];
            var primary = source.Names.FirstOrDefault(n => n.Type == NameType.Primary) ?? source.Names[0];
            var traveller = new TravellerInput(Name: primary.Value, BirthDate: FullDate(source.BirthDates),
                Nationality: source.Nationalities.FirstOrDefault());
            yield return new LabelledQuery($"twins/{asking}-to-{lists.ListOf[to]}", traveller, to)
            {
                SplitKey = string.CompareOrdinal(from.ToString(), to.ToString()) < 0 ? $"{from}{to}" : $"{to}{from}",
                Eligible = id => lists.ListOf.TryGetValue(id, out var list) && list != asking,
            };
        }
    }

    private static string? FullDate(IReadOnlyList<string> dates) =>
        dates.FirstOrDefault(d => d.Length == 10 && !d.Contains('/')) ?? dates.FirstOrDefault(d => d.Length == 4);

    private static string Canonical(string number) => new([.. number.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
}
