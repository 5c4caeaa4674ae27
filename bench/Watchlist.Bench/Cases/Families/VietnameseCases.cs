using Watchlist.Bench.Data;
using Watchlist.Matching;
using Watchlist.WatchlistService.Screening;
using S = Watchlist.WatchlistService.Entries;

namespace Watchlist.Bench.Cases.Families;

/// <summary>
/// Vietnamese travellers against Vietnamese listings, as at a border post: every traveller carries a full birth date (the
/// listed one for positives). Positives are the perturbations of generated Vietnamese entries; negatives are unlisted
/// Vietnamese names; namesakes carry a listed name with a birth date at least three years off, and must never be a MATCH.
/// </summary>
public static class VietnameseCases
{
    public const string Namesake = "vietnamese/namesake";

    public sealed record Built(IReadOnlyList<MatchableEntry> Entries, IReadOnlyList<LabelledQuery> Cases);

    public static Built Build(int count, int seed, ListedNames listed)
    {
        var names = new NameGenerator(seed);
        var random = new Random(seed);
        var entries = new List<MatchableEntry>();
        while (entries.Count < count)
        {
            var (name, male) = names.Next();
            if (name.Culture.Group != "vietnamese") continue;
            var born = new DateOnly(1950, 1, 1).AddDays(random.Next(55 * 365));
            var reference = $"vietnamese/{seed}/{entries.Count}";
            entries.Add(EntryFactory.Matchable(reference, EntryFactory.Person([new(name.Natural, S.NameType.Primary)],
                [born.ToString("yyyy-MM-dd")], male ? S.Gender.Male : S.Gender.Female, ["VN"], [], [], reference)));
        }
        foreach (var entry in entries) listed.Add(entry);

        var cases = new List<LabelledQuery>();
        foreach (var c in PositiveCases.Every(entries, random))
        {
            var traveller = c.Traveller.BirthDate is null
                ? c.Traveller with { BirthDate = entries.First(e => e.Id == c.Expected).BirthDates[0], Nationality = "VN" }
                : c.Traveller with { Nationality = "VN" };
            cases.Add(c with { Kind = $"vietnamese/{c.Kind}", Traveller = traveller });
        }
        foreach (var entry in entries)
        {
            var born = DateOnly.Parse(entry.BirthDates[0], System.Globalization.CultureInfo.InvariantCulture);
            var other = born.AddDays((random.Next(2) == 0 ? -1 : 1) * (3 * 365 + random.Next(20 * 365)));
            cases.Add(new LabelledQuery(Namesake,
                new TravellerInput(Name: entry.Names[0].Value, BirthDate: other.ToString("yyyy-MM-dd"), Nationality: "VN"), null));
        }
        var negatives = new NameGenerator(seed + 1);
        var asked = new HashSet<string>(StringComparer.Ordinal);
        while (asked.Count < count)
        {
            var (name, _) = negatives.Next();
            if (name.Culture.Group != "vietnamese" || listed.Contains(name.Natural) || !asked.Add(ListedNames.KeyOf(name.Natural)))
                continue;
            var born = new DateOnly(1950, 1, 1).AddDays(random.Next(55 * 365));
            cases.Add(new LabelledQuery("vietnamese/negative",
                new TravellerInput(Name: name.Natural, BirthDate: born.ToString("yyyy-MM-dd"), Nationality: "VN"), null));
        }
        return new Built(entries, cases);
    }
}
