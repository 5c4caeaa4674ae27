using Watchlist.Alerts.Retro;
using MatchThresholds = Watchlist.Matching.MatchThresholds;
using ScreeningOptions = Watchlist.Matching.ScreeningOptions;
using Watchlist.Policy;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Integration;
using Watchlist.WatchlistService.Screening;
using Contract = Watchlist.Contracts.Screening;

namespace Watchlist.Tests.Unit.Screening;

/// <summary>
/// Live screening and retro-screening are one policy: the same traveller and entry get the same band on both sides, at
/// MATCH, at REVIEW and below the review threshold, with thresholds that are not the engine's defaults.
/// </summary>
public sealed class OnePolicyTests
{
    private static readonly Change ByAdmin = new("admin-1", "VN-MPS", null, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), "corr-1");
    private static readonly Change ByOfficer = ByAdmin with { Actor = "officer-1", At = ByAdmin.At.AddDays(1) };

    private static readonly Entry Ngoc = EntryDecider.Fold(EntryDecider.Decide(new ListEntry(Guid.NewGuid(), new EntryDetails(EntryKind.Person,
        [new EntryName("Trần Thị Bích Ngọc", NameType.Primary)], ["1985-03-04"], Gender.Female, ["VN"],
        [new TravelDocument(DocumentType.Passport, "B7654321", "VN", null)], [new OnlineIdentifier(IdentifierType.Phone, "+84901234567", null)],
        ["trafficking-suspects"], Category.HumanTrafficking, EntryAction.Arrest, Severity.Critical, "VN-MPS", ["*"], null, null, null,
        new EntrySource("manual", null), null), ByAdmin), null))!;

    public static readonly TheoryData<string, string> Cases = new()
    {
        { "exact", "MATCH" },
        { "phone in national form", "MATCH" },
        { "misspelt name and birth year", "MATCH" },
        { "misspelt name and birth year", "REVIEW" },
        { "misspelt name and birth year", "NONE" },
    };

    private static TravellerInput Traveller(string kind) => kind switch
    {
        "exact" => new("TRAN THI BICH NGOC", BirthDate: "1985-03-04", Nationality: "VNM", Documents: [new("PASSPORT", "B7654321", "VNM")]),
        // A national number is read in the region of the traveller's nationality, on both sides.
        "phone in national form" => new(Nationality: "VNM", Identifiers: [new(IdentifierType.Phone, "0901 234 567", null)]),
        _ => new("TRAN BICH NGOK", BirthDate: "1985"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Live_and_retro_give_the_same_band(string kind, string band)
    {
        var traveller = Traveller(kind);
        var entry = EntrySnapshots.Of(Ngoc);
        var score = RawScore(entry, ScreeningHits.TravellerOf(traveller));
        Assert.True(score > 0.1 && (band == "MATCH" || score < 0.9), $"The '{kind}' traveller scores {score}: no room for a {band} threshold.");
        // Thresholds placed around this very score, so the band is decided by them and not by the engine's defaults.
        var policy = new ScreeningPolicy(band switch
        {
            "MATCH" => new MatchThresholds(score - 0.05, score - 0.05),
            "REVIEW" => new MatchThresholds(score + 0.05, score - 0.05),
            _ => new MatchThresholds(score + 0.05, score + 0.05),
        });

        var list = new ListState();
        list.Apply(Ngoc);
        var live = new Screener(new ScreeningSettings(policy.Thresholds, 10, 1000))
            .Screen(list, traveller, new ScreeningContextInput("VN-TSN", "ENTRY", null), null, null, null, ByOfficer);
        var crossing = Assert.IsType<Contract.TravellerScreened>(ScreeningHits.Of(live)[0]);
        var retro = RetroScreening.Match(policy, RetroScreening.IndexOf(entry), crossing.Traveller);

        Assert.Equal(band, live.Hits.SingleOrDefault()?.Band ?? "NONE");
        Assert.Equal(band, retro is null ? "NONE" : ScreeningPolicy.BandName(retro.Band));
    }

    private static double RawScore(Contracts.Entries.EntrySnapshot entry, Contract.TravellerSnapshot traveller) =>
        Assert.Single(RetroScreening.IndexOf(entry).Search(ScreeningPolicy.QueryOf(traveller),
            new ScreeningOptions { Thresholds = new MatchThresholds(0.01, 0.01), MaxResults = 1 })).Score;
}
