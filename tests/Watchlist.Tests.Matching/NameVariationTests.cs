using Watchlist.Matching;
using static Watchlist.Tests.Matching.Listing;

namespace Watchlist.Tests.Matching;

public class NameVariationTests
{
    /// <summary>Shows every score, so tests can compare evidence that would not make a hit.</summary>
    [Theory]
    [InlineData("SMITH, John")]
    [InlineData("Smith John")]
    [InlineData("Dr. John Smith")]
    [InlineData("Mr John SMITH")]
    public void Order_case_and_honorifics_do_not_matter(string name)
    {
        var smith = Person("John Robert Smith", "1971-02-03");
        Assert.Equal(MatchBand.Match, IndexWith(smith).Search(Traveller(name, "1971-02-03")).HitFor(smith)?.Band);
    }

    [Fact]
    public void Missing_middle_name_costs_less_than_a_wrong_surname()
    {
        var smith = Person("John Robert Smith");
        var index = IndexWith(smith);

        var missingMiddle = index.Search(Traveller("John Smith"), Everything).HitFor(smith)?.Score ?? 0;
        var wrongSurname = index.Search(Traveller("John Robert Jones"), Everything).HitFor(smith)?.Score ?? 0;

        Assert.True(missingMiddle >= 0.65, $"missing middle name scored {missingMiddle}");
        Assert.True(missingMiddle > wrongSurname, $"{missingMiddle} vs {wrongSurname}");
    }

    [Fact]
    public void A_relative_sharing_a_rare_surname_is_not_a_match()
    {
        var listed = Person("CARO QUINTERO, Rafael");
        var index = IndexWith(listed);

        var relative = index.Search(Traveller("Miguel Angel CARO QUINTERO"), Everything).HitFor(listed)?.Score ?? 0;
        var surnameOnly = index.Search(Traveller("CARO QUINTERO"), Everything).HitFor(listed)?.Score ?? 0;
        var sameMan = index.Search(Traveller("Rafael CARO QUINTERO"), Everything).HitFor(listed)?.Score ?? 0;

        Assert.True(relative < 0.65, $"relative scored {relative}");
        Assert.True(surnameOnly < 0.85, $"surname only scored {surnameOnly}");
        Assert.Equal(1, sameMan);
    }

    [Fact]
    public void Extra_middle_names_on_the_traveller_still_hit()
    {
        var listed = Person("Ahmed Khalil", "1975-06-01");
        var hit = IndexWith(listed).Search(Traveller("Ahmed Mahmoud Abdel Khalil", "1975-06-01")).HitFor(listed);

        Assert.NotNull(hit);
    }

    [Theory]
    [InlineData("Abdulrahman Zarqawi", "Abdul Rahman Al-Zarqawi")]
    [InlineData("Abdul Rahman Zarqawi", "Abdulrahman al-Zarqawi")]
    [InlineData("NGUYEN VANHUNG", "Nguyễn Văn Hùng")]
    public void Joined_and_split_tokens_match(string query, string listed)
    {
        var entry = Person(listed);
        var hit = IndexWith(entry).Search(Traveller(query)).HitFor(entry);

        Assert.Equal(MatchBand.Match, hit?.Band);
    }

    [Fact]
    public void An_initial_is_weaker_than_the_full_name()
    {
        var smith = Person("John Smith", "1971-02-03");
        var index = IndexWith(smith);

        var initial = index.Search(Traveller("J. Smith")).HitFor(smith);
        var initialWithBirthDate = index.Search(Traveller("J. Smith", "1971-02-03")).HitFor(smith);

        Assert.Equal(MatchBand.Review, initial?.Band);
        Assert.Equal(MatchBand.Match, initialWithBirthDate?.Band);
    }

    [Fact]
    public void Company_legal_forms_are_ignored()
    {
        var company = Organisation("Công ty TNHH Việc Nhẹ Lương Cao", "Viec Nhe Luong Cao Company Limited");
        var hit = IndexWith(company).Search(Traveller("VIEC NHE LUONG CAO CO., LTD")).HitFor(company);

        Assert.Equal(MatchBand.Match, hit?.Band);
        Assert.Equal(1, hit?.Score);
    }

    [Fact]
    public void Typos_are_tolerated_in_proportion_to_token_length()
    {
        var listed = Person("Mikhail Krasnoyarskiy");
        var index = IndexWith(listed);

        var typo = index.Search(Traveller("Mikhail Krasnojarsky"), Everything).HitFor(listed);
        var exact = index.Search(Traveller("Mikhail Krasnoyarskiy"), Everything).HitFor(listed);

        Assert.NotNull(typo);
        Assert.True(typo.Score >= 0.65 && typo.Score < exact!.Score, $"typo {typo.Score}, exact {exact?.Score}");
    }

    [Fact]
    public void Short_tokens_are_not_fuzzed()
    {
        var listed = Person("Le Van Tam");
        var hit = IndexWith(listed).Search(Traveller("Le Van Tan")).HitFor(listed);

        Assert.Null(hit);
    }

    [Fact]
    public void A_rare_shared_surname_counts_for_more_than_a_common_one()
    {
        var listed = Person("Nguyen Przybyszewski");
        var index = IndexWith(listed);

        var rareShared = index.Search(Traveller("Tran Przybyszewski"), Everything).HitFor(listed)?.Score ?? 0;
        var commonShared = index.Search(Traveller("Nguyen Kowalczykowa"), Everything).HitFor(listed)?.Score ?? 0;

        Assert.True(rareShared > commonShared + 0.1, $"rare {rareShared}, common {commonShared}");
    }

    [Fact]
    public void Rarity_comes_from_the_index_itself()
    {
        var index = new ScreeningIndex();
        var listed = Person("Zorawar Ganapathy");
        index.Upsert(listed);
        var before = index.Search(Traveller("Zorawar Pillai"), Everything).HitFor(listed)?.Score ?? 0;

        // Once half the list is called Zorawar, sharing it proves much less.
        for (var i = 0; i < 200; i++) index.Upsert(Person($"Zorawar Person{i:D3}x"));
        var after = index.Search(Traveller("Zorawar Pillai"), Everything).HitFor(listed)?.Score ?? 0;

        Assert.True(after < before, $"before {before}, after {after}");
    }

    [Theory]
    [InlineData("Mohammed Yousef Rasheed", "Muhammad Yusuf Rashid")]
    [InlineData("Mohamed Yusuf Rasheed", "Muhammad Yousef Rashid")]
    [InlineData("Osama Hussein", "Usama Husayn")]
    public void Transliteration_variants_match(string query, string listed)
    {
        var entry = Person(listed);
        Assert.Equal(MatchBand.Match, IndexWith(entry).Search(Traveller(query)).HitFor(entry)?.Band);
    }

    [Theory]
    [InlineData("Владимир Путин", "Vladimir Putin")]
    [InlineData("Vladimir Putin", "Владимир Путин")]
    [InlineData("习近平", "Xi Jinping")]
    public void Other_scripts_match_their_romanisation(string query, string listed)
    {
        var entry = Person(listed);
        Assert.Equal(MatchBand.Match, IndexWith(entry).Search(Traveller(query)).HitFor(entry)?.Band);
    }

    [Fact]
    public void An_alias_in_Arabic_script_is_found()
    {
        var entry = Person("Abu Bakr al-Baghdadi", aliases: "أبو بكر البغدادي");
        var hit = IndexWith(entry).Search(Traveller("ابو بكر البغدادي")).HitFor(entry);

        Assert.NotNull(hit);
    }

    [Fact]
    public void Weak_aliases_count_for_less()
    {
        var strong = new MatchableEntry(Guid.NewGuid(), 1, EntryKind.Person) { Names = [new("Abu Dujana Tariq")] };
        var weak = new MatchableEntry(Guid.NewGuid(), 1, EntryKind.Person)
        {
            Names = [new("Qasim Farouk Haddad"), new("Abu Dujana Tariq", NameType.WeakAlias)],
        };
        var hits = IndexWith(strong, weak).Search(Traveller("Abu Dujana Tariq"));

        Assert.True(hits.HitFor(strong)!.Score > hits.HitFor(weak)!.Score);
        Assert.Equal("Abu Dujana Tariq", hits.HitFor(weak)!.MatchedName);
    }

    [Fact]
    public void The_best_of_several_query_names_counts()
    {
        var entry = Person("Tran Quoc Bao");
        var query = new ScreeningQuery { Names = ["Peter Miller", "TRAN QUOC BAO"] };

        Assert.Equal(MatchBand.Match, IndexWith(entry).Search(query).HitFor(entry)?.Band);
    }
}
