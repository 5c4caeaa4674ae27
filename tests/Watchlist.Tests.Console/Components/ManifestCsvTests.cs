using Watchlist.WebConsole.Screening;

namespace Watchlist.Tests.Console.Components;

public sealed class ManifestCsvTests
{
    [Fact]
    public void Columns_are_found_by_name_in_any_order_and_quoted_fields_keep_their_commas_and_quotes()
    {
        const string csv = "\uFEFFDocument,Name,Nationality,Birth date\r\n"
            + "C1234567,\"Nguyễn, Văn \"\"Hùng\"\"\",VNM,1980-05-12\r\n\r\n"
            + "B7654321,Trần Thị Mai,VN,1991\n";
        var result = ManifestCsv.Parse(csv);
        Assert.Empty(result.Errors);
        Assert.Equal(
            [
                new Passenger(2, "Nguyễn, Văn \"Hùng\"", "1980-05-12", "VNM", "C1234567"),
                new Passenger(4, "Trần Thị Mai", "1991", "VN", "B7654321"),
            ],
            result.Passengers);
    }

    [Fact]
    public void A_file_without_a_header_or_a_passenger_without_name_and_document_is_refused_with_its_line()
    {
        Assert.Contains("header", Assert.Single(ManifestCsv.Parse("C1234567,Nguyen Van Hung\n").Errors));
        Assert.Equal(["Line 3: a name or a document is needed."], ManifestCsv.Parse("name,document,nationality\nA,1,VN\n,,VN\n").Errors);
        Assert.NotEmpty(ManifestCsv.Parse("").Errors);
    }

    [Fact]
    public void The_results_have_a_line_per_passenger_with_its_decision_and_explained_hits_quoted_where_needed()
    {
        var passengers = new[] { new Passenger(2, "Nguyễn, Văn Hùng", null, "VN", "C1") };
        var hit = new ScreeningHit(
            Guid.NewGuid(), 0.97, "MATCH", "Nguyễn Văn Hùng", null, [], "HUMAN_TRAFFICKING", "ARREST", "CRITICAL", "VN-MPS", []);
        var id = Guid.NewGuid();
        var csv = ManifestCsv.Results(passengers, [new BatchResult("line-2", id, "MATCH", [hit])]);
        Assert.Equal(
            ("line,name,birth date,nationality,document,decision,screening id,hits\n"
                + $"2,\"Nguyễn, Văn Hùng\",,VN,C1,MATCH,{id},Nguyễn Văn Hùng (0.97 MATCH, ARREST)\n")
            .Replace("Nguyễn Văn Hùng (0.97 MATCH, ARREST)", "\"Nguyễn Văn Hùng (0.97 MATCH, ARREST)\""),
            csv);
    }
}
