using Watchlist.Matching;
using static Watchlist.Tests.Matching.Listing;

namespace Watchlist.Tests.Matching;

/// <summary>
/// One word on one side, two on the other, across Arabic script (decision 0106): Habibullah / حبیب الله, Akhundzada /
/// آخوند زاده. The probe of <see cref="QueryPreparer"/> looks up the part the other script writes apart.
/// </summary>
public class CompoundProbeTests
{
    private const int Population = 1_000;

    private readonly KeyDirectory _directory = new();
    private readonly Dictionary<string, Postings> _postings = [];

    public CompoundProbeTests()
    {
        var slot = 0;
        // Keys as the index holds them: "hbyb" (حبیب) among parts in Arabic script, Akhundzada among romanised parts.
        foreach (var (kind, folded) in new[]
                 {
                     (KeyKind.AbjadOfArabic, "hbyb"), (KeyKind.AbjadOfArabic, "rshad"), (KeyKind.AbjadOfArabic, "krym"),
                     (KeyKind.AbjadOfRomanised, "akhundzada"), (KeyKind.AbjadOfRomanised, "akhund"),
                 })
        {
            var postings = _directory.Register(AbjadKey.LookupOf(kind, AbjadKey.Of(folded)));
            postings.Add(slot++);
            _postings[$"{kind}:{folded}"] = postings;
        }
    }

    private string[] Probed(string name) =>
    [
        .. new QueryPreparer(new Vocabulary(), _directory, Population).Prepare(Traveller(name)).Keys
            .SelectMany(key => _postings.Where(known => ReferenceEquals(known.Value, key.Postings)).Select(known => known.Key))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [InlineData("habibullah", "habib")]
    [InlineData("qudratullah", "qudrat")]
    [InlineData("shahabuddin", "shahab")]
    [InlineData("nooreddin", "noor")]
    [InlineData("abdulhai", "hai")]
    [InlineData("abdurrahman", "rahman")]
    public void A_romanised_compound_gives_the_word_arabic_script_writes_apart(string token, string part) =>
        Assert.Equal(part, ArabicCompounds.OtherPart(token));

    [Theory]
    [InlineData("ullah")] // nothing before it
    [InlineData("sallah")] // too little before it to be a name
    [InlineData("mohammad")]
    [InlineData("abdu")]
    public void Other_words_are_no_compound(string token) => Assert.Null(ArabicCompounds.OtherPart(token));

    [Fact]
    public void A_romanised_compound_looks_up_its_first_word_among_parts_in_arabic_script() =>
        Assert.Equal(["AbjadOfArabic:hbyb", "AbjadOfArabic:rshad"], Probed("HABIBULLAH RESHAD"));

    [Fact]
    public void Abd_al_and_a_name_joined_look_up_the_name() => Assert.Equal(["AbjadOfArabic:krym"], Probed("ABDULKARIM"));

    [Fact]
    public void Two_parts_in_arabic_script_look_up_their_joined_consonants_among_romanised_parts() =>
        // آخوند زاده: each part alone is Akhund (found as ever) and Zada; together they are Akhundzada.
        Assert.Equal(["AbjadOfRomanised:akhund", "AbjadOfRomanised:akhundzada"], Probed("آخوند زاده"));

    [Fact]
    public void A_name_without_compound_adds_no_key() => Assert.Equal(["AbjadOfArabic:rshad"], Probed("HASSAN RESHAD"));
}
