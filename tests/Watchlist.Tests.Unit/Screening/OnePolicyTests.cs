using Watchlist.Alerts.Retro;
using Watchlist.Policy;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Integration;
using Watchlist.WatchlistService.Screening;
using Contract = Watchlist.Contracts.Screening;
using MatchThresholds = Watchlist.Matching.MatchThresholds;

namespace Watchlist.Tests.Unit.Screening;

/// <summary>
/// Live screening and retro-screening are one policy: the same traveller and entry get the same band on both sides, at
/// MATCH, at REVIEW and below the review threshold, with thresholds that are not the engine's defaults.
/// </summary>
public sealed class OnePolicyTests
{
    private static readonly Change ByAdmin =
        new("admin-1", "VN-MPS", null, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), "corr-1");
    private static readonly Change ByOfficer = ByAdmin with { Actor = "officer-1", At = ByAdmin.At.AddDays(1) };

    private static readonly Entry Ngoc = EntryDecider.Fold(EntryDecider.Decide(new ListEntry(Guid.NewGuid(), new EntryDetails(
        EntryKind.Person,
        [new EntryName("Trần Thị Bích Ngọc", NameType.Primary)], ["1985-03-04"], Gender.Female, ["VN"],
        [new TravelDocument(DocumentType.Passport, "B7654321", "VN", null)],
        [new OnlineIdentifier(IdentifierType.Phone, "+84901234567", null)],
        ["trafficking-suspects"], Category.HumanTrafficking, EntryAction.Arrest, Severity.Critical, "VN-MPS", ["*"], null, null, null,
        new EntrySource("manual", null), null), ByAdmin), null))!;

    /// <summary>
    /// Thresholds that are not the engine's defaults (0.85 and 0.65): under the defaults the misspelt traveller (about 0.91)
    /// is a MATCH, so a retro side that ignored the configured thresholds would disagree with live at REVIEW.
    /// </summary>
    public static readonly TheoryData<string, double, double, string> Cases = new()
    {
        { "exact", 0.95, 0.5, "MATCH" },
        { "phone in national form", 0.95, 0.5, "MATCH" },
        { "misspelt name and birth year", 0.95, 0.5, "REVIEW" },
        { "misspelt name and birth year", 0.99, 0.98, "NONE" },
    };

    private static TravellerInput Traveller(string kind) => kind switch
    {
        "exact" => new("TRAN THI BICH NGOC", BirthDate: "1985-03-04", Nationality: "VNM", Documents: [new("PASSPORT", "B7654321", "VNM")]),
        // A national number is read in the region of the traveller's nationality, on both sides.
        "phone in national form" => new(Nationality: "VNM", Identifiers: [new(IdentifierType.Phone, "0901 234 567", null)]),
        // Ngok would be no misspelling: c and k are one sound in a Vietnamese syllable.
        _ => new("TRAN BICH NGOX", BirthDate: "1985"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Live_and_retro_give_the_same_band(string kind, double match, double review, string band)
    {
        var traveller = Traveller(kind);
        var entry = EntrySnapshots.Of(Ngoc);
        var policy = new ScreeningPolicy(new MatchThresholds(match, review));

        var list = new ListState();
        list.Apply(Ngoc);
        var live = new Screener(new ScreeningSettings(policy.Thresholds, 10, 1000))
            .Screen(list, traveller, new ScreeningContextInput("VN-TSN", "ENTRY", null), null, null, null, ByOfficer);
        var crossing = Assert.IsType<Contract.TravellerScreened>(ScreeningHits.Of(live)[0]);
        var retro = RetroScreening.Match(policy, RetroScreening.IndexOf(entry), Crossing.Of(crossing));

        Assert.Equal(band, live.Hits.SingleOrDefault()?.Band ?? "NONE");
        Assert.Equal(band, retro is null ? "NONE" : ScreeningPolicy.BandName(retro.Band));
    }
}
