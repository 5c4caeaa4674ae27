using Watchlist.Matching;

namespace Watchlist.Tests.Matching;

public class CountryCodesTests
{
    [Theory]
    [InlineData("VNM", "VN")]
    [InlineData("vnm", "VN")]
    [InlineData("VN", "VN")]
    [InlineData("vn", "VN")]
    [InlineData("KHM", "KH")]
    [InlineData("GBR", "GB")]
    [InlineData("GBD", "GB")]
    [InlineData("D<<", "DE")]
    [InlineData("RKS", "XK")]
    [InlineData("PRK", "KP")]
    public void Reads_alpha3_alpha2_and_MRZ_codes(string code, string alpha2) =>
        Assert.Equal(alpha2, CountryCodes.ToAlpha2(code));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ZZ")]
    [InlineData("XYZ")]
    [InlineData("Vietnam")]
    public void Unknown_codes_are_null(string? code) => Assert.Null(CountryCodes.ToAlpha2(code));
}
