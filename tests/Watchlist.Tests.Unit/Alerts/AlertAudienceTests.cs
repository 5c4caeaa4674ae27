using Watchlist.Contracts.Alerts;

namespace Watchlist.Tests.Unit.Alerts;

/// <summary>The one rule of who sees an alert and which entries a screening may hit (API.md, Conventions, Releasability).</summary>
public sealed class AlertAudienceTests
{
    [Theory]
    [InlineData("VN-MPS", "KH-GDI", new[] { "KH-GDI" }, false)] // the reproduction: listed for KH only, screened by VN
    [InlineData("KH-GDI", "VN-MPS", new[] { "VN-MPS" }, false)] // and the reverse
    [InlineData("VN-MPS", "KH-GDI", new[] { "KH-GDI", "VN-MPS" }, true)]
    [InlineData("VN-MPS", "KH-GDI", new[] { "*" }, true)]
    [InlineData("KH-GDI", "KH-GDI", new string[0], true)] // the owner always screens against its own entries
    [InlineData("vn-mps", "KH-GDI", new[] { "VN-MPS" }, false)] // codes are exact
    [InlineData(null, "KH-GDI", new[] { "*" }, false)] // a screening without an agency hits nothing
    [InlineData("", "KH-GDI", new[] { "*" }, false)]
    public void A_screening_hits_only_entries_owned_by_or_releasable_to_its_agency(
        string? screening, string owner, string[] releasableTo, bool mayHit) =>
        Assert.Equal(mayHit, AlertAudience.MayHit(screening, owner, releasableTo));

    [Fact]
    public void The_audience_is_the_entrys_owner_and_the_screening_agency_and_no_one_else()
    {
        var audience = AlertAudience.Of("KH-GDI", "VN-MPS");
        Assert.Equal(["KH-GDI", "VN-MPS"], audience.Agencies);
        Assert.True(audience.Includes("KH-GDI"));
        Assert.True(audience.Includes("VN-MPS"));
        Assert.False(audience.Includes("TH-RTP"));
        Assert.False(audience.Includes("*"));
        Assert.False(audience.Includes("vn-mps"));
        Assert.False(audience.Includes(null));
        Assert.False(audience.Includes(""));
        Assert.Equal(["KH-GDI"], AlertAudience.Of("KH-GDI", "KH-GDI").Agencies);
        Assert.False(AlertAudience.Nobody.Includes("KH-GDI"));
        Assert.False(new AlertAudience(null!).Includes("KH-GDI")); // as a message with "agencies": null reads
    }
}
