using System.Text;
using Watchlist.WatchlistService.Imports.Parsing;

namespace Watchlist.Tests.Unit.Imports;

public sealed class LegacyCsvTests
{
    private static List<CsvRow> Read(byte[] bytes) => LegacyCsv.Read(new MemoryStream(bytes), "test.csv").ToList();

    private static List<CsvRow> Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Reads_quoted_and_unquoted_fields_with_OFAC_empties()
    {
        var row = Assert.Single(Read("306,\"BANCO NACIONAL DE CUBA, S.A.\",-0- ,\"say \"\"hi\"\"\",-0-\r\n"));
        Assert.Equal(1, row.Line);
        Assert.Equal(["306", "BANCO NACIONAL DE CUBA, S.A.", null, "say \"hi\"", null], row.Fields);
    }

    [Fact]
    public void Ignores_the_end_of_file_byte_and_blank_lines_but_counts_them()
    {
        var rows = Read(Encoding.ASCII.GetBytes("1,\"A\"\r\n\r\n3,\"C\"\r\n\u001A"));
        Assert.Equal([1, 3], rows.Select(r => r.Line));
    }

    [Fact]
    public void Decodes_UTF8_and_Latin1_lines_in_one_file()
    {
        var bytes = Encoding.UTF8.GetBytes("1,\"Hernández\"\n").Concat(Encoding.Latin1.GetBytes("2,\"Hernández\"\n")).ToArray();
        Assert.All(Read(bytes), r => Assert.Equal("Hernández", r.Fields[1]));
    }

    [Fact]
    public void An_unterminated_quote_is_reported_on_its_own_line()
    {
        var e = Assert.Throws<ImportFormatException>(() => Read("1,\"A\"\n2,\"B\n3,\"C\"\n"));
        Assert.Equal(2, e.Line);
        Assert.Contains("test.csv line 2", e.Message);
        Assert.Contains("unterminated quote", e.Message);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_refused()
    {
        var e = Assert.Throws<ImportFormatException>(() => Read("1,\"A\"B,C\n"));
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void Column_count_and_ent_num_are_checked()
    {
        var row = Read("x,\"A\"\n")[0];
        var columns = Assert.Throws<ImportFormatException>(() => LegacyCsv.ExpectColumns(row, 12, "sdn.csv"));
        Assert.Equal("sdn.csv line 1: expected 12 columns, found 2", columns.Message);
        var entNum = Assert.Throws<ImportFormatException>(() => LegacyCsv.EntNum(row, "sdn.csv"));
        Assert.Equal("ent_num", entNum.Element);
    }
}
