using Watchlist.Matching;
using static Watchlist.Tests.Matching.Listing;

namespace Watchlist.Tests.Matching;

/// <summary>
/// The cross-script probe of <see cref="QueryPreparer"/> (decision 0083): which consonant keys a query looks up, over a
/// directory that holds every key of both scripts, so that a key left out is one the probe did not ask for.
/// </summary>
public class CrossScriptProbeTests
{
    private const int Population = 1_000;

    private static readonly string[] Keys = ["mhmd", "hmdi", "jhn", "smt"];

    private readonly KeyDirectory _directory = new();
    private readonly Dictionary<(KeyKind, string), Postings> _postings = [];

    public CrossScriptProbeTests()
    {
        var slot = 0;
        foreach (var kind in new[] { KeyKind.AbjadOfArabic, KeyKind.AbjadOfRomanised })
            foreach (var key in Keys)
            {
                var postings = _directory.Register(AbjadKey.LookupOf(kind, key));
                postings.Add(slot++);
                _postings[(kind, key)] = postings;
            }
    }

    /// <summary>The consonant keys the query looks up, as "kind:key"; the vocabulary is empty, so no other key can be found.</summary>
    private string[] Probed(string name) =>
    [
        .. new QueryPreparer(new Vocabulary(), _directory, Population).Prepare(Traveller(name)).Keys
            .SelectMany(key => _postings.Where(known => ReferenceEquals(known.Value, key.Postings)))
            .Select(known => $"{known.Key.Item1}:{known.Key.Item2}")
            .Order(StringComparer.Ordinal),
    ];

    [Fact]
    public void A_name_in_arabic_script_looks_up_the_romanised_parts_with_its_consonants() =>
        Assert.Equal(["AbjadOfRomanised:hmdi", "AbjadOfRomanised:mhmd"], Probed("محمد احمدی"));

    [Fact]
    public void A_romanised_name_looks_up_the_parts_written_in_arabic_script_with_its_consonants() =>
        Assert.Equal(["AbjadOfArabic:hmdi", "AbjadOfArabic:mhmd"], Probed("Mohammad AHMADI"));

    [Fact]
    public void A_plain_latin_name_adds_no_key_of_its_own_script_and_none_for_consonants_no_arabic_listing_has() =>
        // John Smith's keys, "jhn" and "smt", are held for both scripts here: it may reach the names in Arabic script that have
        // them, never the romanised ones (those it finds by their spelling).
        Assert.Equal(["AbjadOfArabic:jhn", "AbjadOfArabic:smt"], Probed("John SMITH"));

    [Fact]
    public void A_latin_name_whose_consonants_no_listing_in_arabic_script_has_adds_nothing() =>
        Assert.Empty(Probed("Peter MÜLLER"));

    [Fact]
    public void A_part_of_one_consonant_is_not_looked_up()
    {
        Assert.Equal("l", AbjadKey.Of("ola"));
        Assert.Equal(0UL, AbjadKey.LookupOf(KeyKind.AbjadOfArabic, "l"));
    }

    [Fact]
    public void A_consonant_key_weighs_as_a_sound_alike_capped_by_how_common_the_key_is()
    {
        var common = _directory.Register(AbjadKey.LookupOf(KeyKind.AbjadOfArabic, "mhmd"));
        for (var slot = 100; slot < 600; slot++) common.Add(slot);
        var keys = new QueryPreparer(new Vocabulary(), _directory, Population).Prepare(Traveller("Mohammad AHMADI")).Keys;
        var mohammad = keys.Single(key => ReferenceEquals(key.Postings, common));
        var ahmadi = keys.Single(key => ReferenceEquals(key.Postings, _postings[(KeyKind.AbjadOfArabic, "hmdi")]));
        Assert.True(mohammad.Weight <= TermWeights.Rarity(common.Live, Population) * TokenSimilarity.SoundAlike);
        Assert.True(ahmadi.Weight > mohammad.Weight, $"{ahmadi.Weight} <= {mohammad.Weight}");
        Assert.True(ahmadi.Weight <= TokenSimilarity.SoundAlike * TermWeights.Rarity(1, Population));
    }

    [Theory]
    [InlineData("abd", "al")]
    [InlineData("nur", "aldin")]
    [InlineData("haq", "qani")]
    [InlineData("kas", "hani")] // s + h across the parts is one letter, ش
    public void Joined_keys_are_the_keys_of_the_parts_written_as_one(string first, string second)
    {
        var terms = new[] { new Term(first, null), new Term(second, null), new Term("x", null) };
        var joined = AbjadKey.JoinedOf(terms);
        Assert.Equal(AbjadKey.Of(first + second), joined[0]);
        Assert.Equal(AbjadKey.Of(second + "x"), joined[1]);
        Assert.Null(joined[2]);
    }

    [Theory]
    [InlineData("mr", "mr", 0.7)] // Omar / عمر: two consonants are loosely alike
    [InlineData("dk", "zk", 0.7)]
    [InlineData("dkr", "zkr", 0.8)]
    [InlineData("dkr", "zkt", 0)]
    [InlineData("hmd", "hmdi", 0)] // short keys one letter apart are two names
    [InlineData("mhmd", "mhmt", 0.7)] // keys of four letters or more may be a letter apart
    [InlineData("mhmd", "mhmmd", 0.7)]
    public void Short_keys_meet_only_letter_for_letter(string a, string b, double expected) =>
        Assert.Equal(expected, AbjadKey.Similarity(a, b), 6);
}
