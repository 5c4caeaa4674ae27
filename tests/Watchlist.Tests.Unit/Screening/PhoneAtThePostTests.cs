using Watchlist.Alerts.Retro;
using Watchlist.Contracts.Entries;
using Watchlist.Contracts.Screening;
using Watchlist.Matching;
using Watchlist.Policy;

namespace Watchlist.Tests.Unit.Screening;

/// <summary>
/// A traveller gives a phone the way it is dialled where they are asked: a Cambodian at a Vietnamese post who gives
/// "0912 345 678" gives a Vietnamese number. Live screening and retro-screening read it alike (issue 14).
/// </summary>
public sealed class PhoneAtThePostTests
{
    private static readonly ScreeningPolicy Policy = new(MatchThresholds.Default);

    private static readonly EntrySnapshot Broker = new(
        Guid.NewGuid(), 1, "ACTIVE", "ONLINE_IDENTIFIER", [new NameSnapshot("Kovabi Lemoru", "PRIMARY")], [], null, ["KH"], [],
        [new IdentifierSnapshot("PHONE", "+84912345678", null)], ["brokers"], "SMUGGLING", "SPECIFIC_CHECK", "HIGH", "VN-MPS", ["*"],
        null, null, "manual", null, null);

    private static TravellerSnapshot Cambodian(string phone) =>
        new(["Sokha Chan"], "1990-01-01", null, "KHM", [], [new TravellerIdentifier("PHONE", phone, null)]);

    [Theory]
    [InlineData("VN-TSN", "KHM", "VN")]
    [InlineData("KH-PNH", "VNM", "KH")]
    [InlineData(null, "KHM", "KH")]
    [InlineData("", "VN", "VN")]
    [InlineData("ZZ-NOWHERE", "THA", "TH")]
    [InlineData(null, null, null)]
    public void The_post_country_comes_before_the_nationality(string? post, string? nationality, string? region) =>
        Assert.Equal(region, ScreeningPolicy.PhoneRegionOf(Cambodian("0912345678") with { Nationality = nationality }, post));

    [Fact]
    public void A_national_phone_given_at_a_Vietnamese_post_finds_the_Vietnamese_number()
    {
        var index = new ScreeningIndex();
        index.Upsert(ScreeningPolicy.EntryOf(Broker));
        var traveller = Cambodian("0912 345 678");

        var atThePost = index.Search(ScreeningPolicy.QueryOf(traveller, "VN-TSN"));
        Assert.Equal(Broker.Id, Assert.Single(atThePost).EntryId);
        // Read in Cambodia, as before this rule, the same digits are another number.
        Assert.Empty(index.Search(ScreeningPolicy.QueryOf(traveller, place: null)));
    }

    [Fact]
    public void Retro_screening_finds_the_crossing_the_same_way()
    {
        var now = DateTimeOffset.UtcNow;
        var window = new CrossingWindow(new RetroSettings(TimeSpan.FromHours(1)));
        var crossing = new Crossing(Guid.NewGuid(), now.AddMinutes(-5), null, Cambodian("0912 345 678"),
            new ScreeningContextSnapshot("VN-TSN", "ENTRY", null), "officer", "VN-MPS", [], 10);
        window.AddMany([crossing], now);

        var candidate = Assert.Single(window.CandidatesOf(Broker));
        Assert.Equal(crossing.Id, candidate.Id);
        Assert.NotNull(RetroScreening.Match(Policy, RetroScreening.IndexOf(Broker), candidate));
    }
}
