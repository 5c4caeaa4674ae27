using Watchlist.WebConsole.Gateway;

namespace Watchlist.Tests.Console.Components;

public sealed class TimeZoneTests
{
    [Theory]
    [InlineData("VN-TSN", "Asia/Ho_Chi_Minh")]
    [InlineData("KH-PNH", "Asia/Phnom_Penh")]
    [InlineData("th-bkk", "Asia/Bangkok")]
    public void A_post_of_a_known_country_has_that_countrys_zone(string post, string zone) =>
        Assert.Equal(zone, TimeZones.OfPost(post)?.Id);

    [Theory]
    [InlineData("XX-ABC")]
    [InlineData("VNTSN")]
    [InlineData("V")]
    [InlineData(null)]
    public void A_post_of_no_known_country_has_no_zone_of_its_own(string? post) => Assert.Null(TimeZones.OfPost(post));

    [Fact]
    public void A_user_zone_that_this_machine_does_not_know_leaves_the_default()
    {
        var clock = new UserClock(TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"));
        clock.Use("Mars/Olympus_Mons");
        clock.Use(new string('A', 500));
        Assert.Equal("Asia/Ho_Chi_Minh", clock.Zone.Id);
        clock.Use("UTC");
        Assert.Equal("2026-12-01 08:00:00", clock.Format(new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.FromHours(7))));
    }
}
