using Watchlist.WatchlistService.Imports.Parsing;

namespace Watchlist.Tests.Unit.Imports;

public sealed class PartialDatesTests
{
    [Theory]
    [InlineData("08 Jun 1973", "1973-06-08")]
    [InlineData("1965", "1965")]
    [InlineData("Feb 1972", "1972-02")]
    [InlineData("circa 1965", "1965")]
    [InlineData("circa 08 Jul 1965", "1965")]
    [InlineData("1960 to 1962", "1960,1961,1962")]
    [InlineData("01 Jan 1961 to 31 Dec 1962", "1961,1962")]
    [InlineData("circa 1955-1957", "1955,1956,1957")]
    [InlineData("Mar 1960 to Feb 1961", "1960,1961")]
    [InlineData("01 Feb 1970 to 28 Feb 1970", "1970-02")]
    [InlineData("01 Jan 1970 to 31 Dec 1970", "1970")]
    [InlineData("01 Jan 1970 to 01 Jan 1970", "1970-01-01")]
    public void Reads_OFAC_birth_dates(string text, string expected) =>
        Assert.Equal(expected.Split(','), PartialDates.ParseOfac(text));

    [Fact]
    public void A_range_wider_than_the_cap_gives_no_dates()
    {
        Assert.Empty(PartialDates.ParseOfac("1940 to 1960")!);
        Assert.Equal(15, PartialDates.ParseOfac("1940 to 1954")!.Count);
    }

    [Theory]
    [InlineData("31 Feb 1970")]
    [InlineData("sometime in the seventies")]
    [InlineData("08 Jux 1973")]
    [InlineData("1962 to 1960")]
    public void Nonsense_is_not_a_date(string text)
    {
        var dates = PartialDates.ParseOfac(text);
        Assert.True(dates is null || dates.Count == 0);
    }

    [Theory]
    [InlineData("1958-02-22", "1958-02-22")]
    [InlineData("1958-00-00", "1958")]
    [InlineData("1958-04-00", "1958-04")]
    [InlineData("1958", "1958")]
    [InlineData("2001-01-25-05:00", "2001-01-25")]
    [InlineData(" 1958-02-22 ", "1958-02-22")]
    public void Reads_ISO_dates_with_unknown_parts(string text, string expected) =>
        Assert.Equal(expected, PartialDates.ParseIso(text)?.ToString());

    [Theory]
    [InlineData("22/02/1958")]
    [InlineData("1958-13-01")]
    [InlineData("")]
    public void Rejects_what_is_not_an_ISO_date(string text) => Assert.Null(PartialDates.ParseIso(text));
}
