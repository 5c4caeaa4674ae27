using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.Tests.Unit.Auth;

/// <summary>The rules every host applies after the JWT library: a subject, an expiry, nothing from the future, a bounded life.</summary>
public sealed class TokenRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly JwtSettings Defaults = new();

    private static string? Refusal(
        string? sub = "u1", string? agency = "VN-MPS", TimeSpan? iat = null, TimeSpan? nbf = null, TimeSpan? exp = null,
        bool noIat = false, bool noNbf = false, bool noExp = false, JwtSettings? settings = null) =>
        TokenRules.Refusal(
            sub,
            agency,
            new TokenRules.Times(
                noIat ? null : Now + (iat ?? TimeSpan.Zero),
                noNbf ? null : Now + (nbf ?? TimeSpan.Zero),
                noExp ? null : Now + (exp ?? TimeSpan.FromHours(1))),
            Now,
            settings ?? Defaults);

    [Fact]
    public void A_well_formed_token_passes() => Assert.Null(Refusal());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_token_without_a_subject_is_refused(string? sub) => Assert.Contains("sub", Refusal(sub: sub));

    [Theory]
    [InlineData("VN-MPS\u0000")]
    [InlineData("VN\u202EMPS")]
    [InlineData("VN-MPS\n")]
    public void A_subject_or_agency_with_a_refused_character_is_refused(string claim)
    {
        Assert.Contains("agency", Refusal(agency: claim));
        Assert.Contains("sub", Refusal(sub: claim));
    }

    [Fact]
    public void An_overlong_agency_is_refused_and_none_at_all_passes()
    {
        Assert.Contains("256", Refusal(agency: new string('A', 257)));
        Assert.Null(Refusal(agency: null));
        Assert.Null(Refusal(agency: "Bộ Công an"));
        Assert.Contains("Unicode", Refusal(agency: "VN" + (char)0xD800));
    }

    [Fact]
    public void A_token_without_an_expiry_is_refused() => Assert.Contains("exp", Refusal(noExp: true));

    [Fact]
    public void Issued_or_valid_from_beyond_the_skew_is_refused_and_within_it_passes()
    {
        Assert.Contains("iat", Refusal(iat: TimeSpan.FromSeconds(31), nbf: TimeSpan.Zero));
        Assert.Contains("nbf", Refusal(nbf: TimeSpan.FromSeconds(31)));
        Assert.Null(Refusal(iat: TimeSpan.FromSeconds(30), nbf: TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void A_life_longer_than_the_maximum_is_refused_and_exactly_the_maximum_passes()
    {
        Assert.Null(Refusal(exp: TimeSpan.FromHours(24)));
        Assert.Contains("longer than", Refusal(exp: TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1)));
        Assert.Contains("longer than", Refusal(exp: TimeSpan.FromDays(36500)));
        // Issued long ago: its life is counted from iat, not from now.
        Assert.Contains("longer than", Refusal(iat: -TimeSpan.FromDays(30), nbf: -TimeSpan.FromDays(30)));
    }

    [Fact]
    public void Without_iat_or_nbf_the_life_counts_from_now()
    {
        Assert.Contains("longer than", Refusal(noIat: true, noNbf: true, exp: TimeSpan.FromHours(25)));
        Assert.Null(Refusal(noIat: true, noNbf: true, exp: TimeSpan.FromHours(23)));
    }

    [Fact]
    public void The_maximum_and_the_skew_come_from_the_settings()
    {
        var strict = new JwtSettings { MaxLifetime = TimeSpan.FromMinutes(15), ClockSkew = TimeSpan.FromSeconds(5) };
        Assert.Contains("longer than", Refusal(exp: TimeSpan.FromMinutes(16), settings: strict));
        Assert.Contains("iat", Refusal(iat: TimeSpan.FromSeconds(6), settings: strict));
        Assert.Null(Refusal(exp: TimeSpan.FromMinutes(15), settings: strict));
    }
}
