using Watchlist.Matching;
using static Watchlist.Tests.Matching.Listing;

namespace Watchlist.Tests.Matching;

/// <summary>
/// A bulk load drafts entries on every core a batch ahead of the writer (decision record 0108); it must build the index that
/// upserting the same entries one at a time builds, and the index must change the same way afterwards.
/// </summary>
public class BulkLoadTests
{
    [Fact]
    public void A_bulk_load_answers_exactly_as_one_upsert_after_the_other()
    {
        var random = new Random(11);
        var entries = Enumerable.Range(0, 12_000).Select(i => Synthetic(random, i)).ToList();
        var queries = Enumerable.Range(0, 300).Select(i => QueryFor(random, entries, i)).ToList();

        var bulk = new ScreeningIndex();
        Assert.Equal(entries.Count, bulk.UpsertMany(entries));
        bulk.TrimExcess();
        var oneByOne = new ScreeningIndex();
        foreach (var entry in entries) Assert.True(oneByOne.Upsert(entry));
        oneByOne.TrimExcess();

        AssertSameAnswers(bulk, oneByOne, queries);

        // Amendments, removals and late versions afterwards, the same on both.
        foreach (var entry in entries.Where((_, i) => i % 37 == 0))
        {
            var amended = entry with { Version = 2, Names = [new ListedName(Name(random))] };
            var late = entry with { Version = 1, Names = [new ListedName(Name(random))] };
            Assert.Equal(1, bulk.UpsertMany([amended, late]));
            Assert.True(oneByOne.Upsert(amended));
            Assert.False(oneByOne.Upsert(late));
        }
        foreach (var entry in entries.Where((_, i) => i % 41 == 1))
        {
            Assert.True(bulk.Remove(entry.Id, 3));
            Assert.True(oneByOne.Remove(entry.Id, 3));
        }
        AssertSameAnswers(bulk, oneByOne, queries);
    }

    private static void AssertSameAnswers(ScreeningIndex bulk, ScreeningIndex oneByOne, List<ScreeningQuery> queries)
    {
        Assert.Equal(oneByOne.Count, bulk.Count);
        Assert.Equal(oneByOne.Slots, bulk.Slots);
        var hits = 0;
        foreach (var query in queries)
        {
            var expected = oneByOne.Search(query);
            var actual = bulk.Search(query);
            Assert.Equal(Describe(expected), Describe(actual));
            Assert.Equal(oneByOne.Candidates(query), bulk.Candidates(query));
            hits += actual.Count;
        }
        Assert.True(hits > queries.Count / 2, $"only {hits} hits: the queries test too little");
    }

    private static List<string> Describe(IReadOnlyList<ScreeningHit> hits) =>
        [.. hits.Select(h => $"{h.EntryId} v{h.EntryVersion} {h.Score:R} {h.Band} {h.MatchedName} " +
            string.Join("; ", h.Explanation.Select(e => $"{e.Feature} {e.Score:R} {e.Detail}")))];

    private static ScreeningQuery QueryFor(Random random, List<MatchableEntry> entries, int i)
    {
        var entry = entries[random.Next(entries.Count)];
        var name = i % 3 == 0 ? Name(random) : entry.Names[0].Value;
        return new ScreeningQuery
        {
            Names = [i % 5 == 0 ? name.ToUpperInvariant() : name],
            BirthDate = entry.BirthDates.FirstOrDefault(),
            Nationality = i % 2 == 0 ? "VNM" : null,
            Documents = i % 7 == 0 ? [.. entry.Documents] : [],
            Identifiers = i % 11 == 0 ? [.. entry.Identifiers] : [],
        };
    }

    private static MatchableEntry Synthetic(Random random, int i) => random.Next(10) switch
    {
        0 => new(Guid.NewGuid(), 1, EntryKind.Organisation)
        {
            Names = [new($"{Syllables(random)} {Pick(random, ["Trading", "Shipping", "Bank"])} {Pick(random, ["LLC", "JSC", "Ltd"])}"),
                new($"{Syllables(random)} Group", NameType.Alias)],
            Identifiers = [new Identifier(IdentifierType.Website, $"https://{Syllables(random).ToLowerInvariant()}{i}.com", null)],
        },
        _ => new(Guid.NewGuid(), 1, EntryKind.Person)
        {
            Names = [new(Name(random)), new(Name(random), NameType.Alias), new(Syllables(random), NameType.WeakAlias)],
            BirthDates = [$"{1940 + random.Next(65)}-{1 + random.Next(12):D2}-{1 + random.Next(28):D2}"],
            Nationalities = [Pick(random, ["VN", "IR", "RU", "CN"])],
            Documents = [new("PASSPORT", $"P{i:D8}", "VN")],
            Identifiers = i % 4 == 0 ? [new Identifier(IdentifierType.Phone, $"+8490{i:D7}", null)] : [],
        },
    };

    private static string Name(Random random) => random.Next(4) switch
    {
        0 => $"{Pick(random, Background.VietnameseSurnames)} {Pick(random, Background.VietnameseMiddleNames)} "
            + $"{Pick(random, Background.VietnameseGivenNames)}",
        1 => $"{Pick(random, Background.ArabicNames)} bin {Pick(random, Background.ArabicNames)} {Syllables(random)}",
        2 => $"{Pick(random, ["محمد", "علي", "حسن"])} {Pick(random, ["الكاشف", "عبدالرحيم", "حقانى"])}",
        _ => $"{Syllables(random)} {Syllables(random)}",
    };

    private static string Syllables(Random random)
    {
        const string consonants = "bcdfghklmnprstvz";
        const string vowels = "aeiou";
        var chars = new char[2 * (2 + random.Next(3))];
        for (var i = 0; i < chars.Length; i += 2)
        {
            chars[i] = consonants[random.Next(consonants.Length)];
            chars[i + 1] = vowels[random.Next(vowels.Length)];
        }
        chars[0] = char.ToUpperInvariant(chars[0]);
        return new string(chars);
    }

    private static string Pick(Random random, string[] names) => names[random.Next(names.Length)];
}
