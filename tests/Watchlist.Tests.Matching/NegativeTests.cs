using Watchlist.Matching;
using static Watchlist.Tests.Matching.Listing;

namespace Watchlist.Tests.Matching;

public class NegativeTests
{
    private static readonly ScreeningIndex Index = IndexWith(
        Person("Nguyễn Văn Hùng", "1980-05-12"),
        Person("Muhammad Ali Khan"),
        Person("Ali"),
        Person("Muhammad"),
        Organisation("Công ty TNHH Việc Nhẹ Lương Cao"));

    [Theory]
    [InlineData("Sarah Connor")]
    [InlineData("Olaf Gunnarsson")]
    [InlineData("Kowalczyk Przemyslaw")]
    public void Unrelated_names_do_not_hit(string name) => Assert.Empty(Index.Search(Traveller(name)));

    [Theory]
    [InlineData("Nguyen")]
    [InlineData("NGUYEN VAN")]
    [InlineData("Muhammad")]
    [InlineData("Ali")]
    [InlineData("Van")]
    [InlineData("Cao")]
    public void A_single_common_token_does_not_hit(string name) => Assert.Empty(Index.Search(Traveller(name)));

    [Fact]
    public void Honorifics_alone_do_not_hit() => Assert.Empty(Index.Search(Traveller("Dr. Mr. Sheikh")));

    [Fact]
    public void An_empty_query_does_not_hit()
    {
        Assert.Empty(Index.Search(new ScreeningQuery()));
        Assert.Empty(Index.Search(new ScreeningQuery { Names = ["", "  "], Documents = [new("PASSPORT", " - ", "VN")] }));
    }

    [Fact]
    public void A_different_person_sharing_a_common_surname_and_middle_name_does_not_hit() =>
        Assert.Empty(Index.Search(Traveller("Nguyen Van Thanh Tam", "1980-05-12")));
}
