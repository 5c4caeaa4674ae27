using System.Diagnostics;
using Watchlist.Matching;
using Xunit.Abstractions;
using static Watchlist.Tests.Matching.Listing;

namespace Watchlist.Tests.Matching;

/// <summary>A sanity check at list scale; timing is printed, never asserted (the bench program measures).</summary>
public class SyntheticIndexTests(ITestOutputHelper output)
{
    [Fact]
    public void Ten_thousand_entries_are_searchable_updatable_and_removable()
    {
        var random = new Random(7);
        var entries = Enumerable.Range(0, 10_000).Select(i => Synthetic(random, i)).ToList();
        var target = Person("Đinh Thị Ngọc Trâm", "1993-07-21", Gender.Female, "VN");
        entries.Insert(5_000, target);
        var index = new ScreeningIndex();

        var build = Stopwatch.StartNew();
        Assert.Equal(10_001, index.UpsertMany(entries));
        build.Stop();

        var search = Stopwatch.StartNew();
        var hits = index.Search(Traveller("DINH THI NGOC TRAM", "1993-07-21", Gender.Female, "VNM"));
        for (var i = 0; i < 200; i++) index.Search(Traveller(SyntheticName(random)));
        search.Stop();
        output.WriteLine($"build {build.ElapsedMilliseconds} ms, 201 searches {search.ElapsedMilliseconds} ms");

        Assert.Equal(10_001, index.Count);
        Assert.Equal(target.Id, hits[0].EntryId);
        Assert.Equal(MatchBand.Match, hits[0].Band);

        index.Upsert(target with { Version = 2, Names = [new ListedName("Đinh Thị Ngọc Trâm Anh")] });
        Assert.Equal(2, index.Search(Traveller("DINH THI NGOC TRAM ANH")).HitFor(target)?.EntryVersion);
        index.Remove(target.Id);
        Assert.Null(index.Search(Traveller("DINH THI NGOC TRAM ANH")).HitFor(target));
        Assert.Equal(10_000, index.Count);
    }

    private static MatchableEntry Synthetic(Random random, int i) => new(Guid.NewGuid(), 1, EntryKind.Person)
    {
        Names = [new(SyntheticName(random)), new(SyntheticName(random), NameType.Alias)],
        BirthDates = [$"{1940 + random.Next(65)}-{1 + random.Next(12):D2}-{1 + random.Next(28):D2}"],
        Documents = [new("PASSPORT", $"P{i:D8}", "VN")],
    };

    private static string SyntheticName(Random random) => random.Next(3) switch
    {
        0 => $"{Pick(random, Background.VietnameseSurnames)} {Pick(random, Background.VietnameseMiddleNames)} "
            + $"{Pick(random, Background.VietnameseGivenNames)}",
        1 => $"{Pick(random, Background.ArabicNames)} {Pick(random, Background.ArabicNames)} {Syllables(random)}",
        _ => $"{Syllables(random)} {Syllables(random)}",
    };

    private static string Syllables(Random random)
    {
        const string consonants = "bcdfghklmnprstvz";
        const string vowels = "aeiou";
        var length = 2 + random.Next(3);
        var chars = new char[length * 2];
        for (var i = 0; i < length; i++)
        {
            chars[2 * i] = consonants[random.Next(consonants.Length)];
            chars[2 * i + 1] = vowels[random.Next(vowels.Length)];
        }
        chars[0] = char.ToUpperInvariant(chars[0]);
        return new string(chars);
    }

    private static string Pick(Random random, string[] names) => names[random.Next(names.Length)];
}
