using PhoneNumbers;
using Watchlist.WatchlistService.Entries;
using M = Watchlist.Matching;

namespace Watchlist.Bench.Data;

/// <summary>
/// Realistic made-up entries: people of many cultures with birth dates, nationalities, some
/// aliases, passports and phones; a few organisations. Deterministic for a seed, so the
/// same population can be streamed twice (into the index, into PostgreSQL) without being kept.
/// </summary>
public sealed class SyntheticEntries(int seed)
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    public IEnumerable<M.MatchableEntry> Take(int count)
    {
        var names = new NameGenerator(seed);
        var random = names.Random;
        for (var i = 0; i < count; i++)
        {
            var reference = $"synthetic/{seed}/{i}";
            var (name, male) = names.Next();
            var culture = name.Culture;
            var nationality = culture.Nationalities[random.Next(culture.Nationalities.Length)];
            if (random.NextDouble() < 0.04)
            {
                yield return EntryFactory.Matchable(reference, Organisation(names.CompanyName(culture), nationality, reference));
                continue;
            }
            var listed = new List<EntryName> { new(name.Natural, NameType.Primary) };
            if (random.NextDouble() < 0.25)
                listed.Add(new(new PersonName(name.Surname, names.GivenNames(culture, male), culture).Natural, NameType.Alias));
            var documents = random.NextDouble() < 0.3 ? new[] { Passport(random, nationality) } : [];
            var identifiers = random.NextDouble() < 0.15 && Phone(random, nationality) is { } phone
                ? new[] { new OnlineIdentifier(IdentifierType.Phone, phone, null) }
                : [];
            var details = EntryFactory.Person(listed, BirthDates(random), male ? Gender.Male : Gender.Female, [nationality],
                documents, identifiers, reference);
            yield return EntryFactory.Matchable(reference, details);
        }
    }

    private static string[] BirthDates(Random random)
    {
        var roll = random.NextDouble();
        if (roll < 0.05) return [];
        var date = new DateOnly(1940, 1, 1).AddDays(random.Next(65 * 365));
        return roll < 0.15 ? [$"{date.Year}"] : [date.ToString("yyyy-MM-dd")];
    }

    private static TravelDocument Passport(Random random, string country)
    {
        var letter = (char)('A' + random.Next(26));
        return new TravelDocument(DocumentType.Passport, $"{letter}{random.Next(10_000_000):D7}", country, null);
    }

    /// <summary>A mobile number of the country: its example number with the last six digits made up.</summary>
    private static string? Phone(Random random, string region)
    {
        var example = Phones.GetExampleNumberForType(region, PhoneNumberType.MOBILE);
        if (example is null) return null;
        var national = example.NationalNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (national.Length < 8) return null;
        return $"+{example.CountryCode}{national[..^6]}{random.Next(1_000_000):D6}";
    }

    private static EntryDetails Organisation(string name, string country, string reference) =>
        EntryFactory.Person([new(name, NameType.Primary)], [], Gender.Unknown, [country], [], [], reference) with
        {
            Kind = EntryKind.Organisation,
            Gender = null,
        };
}
