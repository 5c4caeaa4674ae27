using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Imports.Parsing;

namespace Watchlist.Tests.Unit.Imports;

public sealed class OfacRemarksTests
{
    private static OfacRemarkFacts Parse(string remarks) => OfacRemarks.Parse(remarks, new ImportReport(), "test");

    [Fact]
    public void Reads_the_facts_of_a_person()
    {
        var facts = Parse("DOB 08 Jun 1973; alt. DOB circa 1975; POB Hanoi, Vietnam; nationality Vietnam; alt. citizen Korea, North; "
            + "Passport 472320665 (Korea, North) issued 01 Jan 2015 expires 31 Dec 2024; National ID No. 0123 4567 (Vietnam); "
            + "Gender Female; a.k.a. 'ABU AHMAD'; Linked To: SOMETHING LTD.");

        Assert.Equal(["1973-06-08", "1975"], facts.BirthDates);
        Assert.Equal(["VN", "KP"], facts.Nationalities);
        Assert.Equal(
            [
                new TravelDocument(DocumentType.Passport, "472320665", "KP", "2024-12-31"),
                new TravelDocument(DocumentType.NationalId, "0123 4567", "VN", null),
            ],
            facts.Documents);
        Assert.Equal(Gender.Female, facts.Gender);
        Assert.Equal(["ABU AHMAD"], facts.WeakAliases);
    }

    [Fact]
    public void Weak_aliases_keep_apostrophes_and_full_stops_inside_the_quotes()
    {
        var facts = Parse("a.k.a. 'ABD AL-RAHMAN, Abu 'Ali'; f.k.a. 'OLD NAME CO., LTD.'.");
        Assert.Equal(["ABD AL-RAHMAN, Abu 'Ali", "OLD NAME CO., LTD."], facts.WeakAliases);
    }

    [Fact]
    public void A_weak_alias_cut_short_is_skipped_and_noted()
    {
        var report = new ImportReport();
        var facts = OfacRemarks.Parse("Gender Male; a.k.a. 'snowsj", report, "sdn.csv line 7");
        Assert.Empty(facts.WeakAliases);
        Assert.Contains(report.Notes, n => n.StartsWith("sdn.csv line 7", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Passport 484824 (Egypt) issued 18 Jan 1984", DocumentType.Passport, "484824", "EG", null)]
    [InlineData("alt. Passport 19820215", DocumentType.Passport, "19820215", null, null)]
    [InlineData("Passport AF465508 Colombia", DocumentType.Passport, "AF465508", "CO", null)]
    [InlineData("Passport Booklet: B 123456 (Libya)", DocumentType.Passport, "B 123456", "LY", null)]
    [InlineData("Diplomatic Passport D123 (Syria)", DocumentType.Passport, "D123", "SY", null)]
    [InlineData("Cedula No. 6068015 (Colombia)", DocumentType.NationalId, "6068015", "CO", null)]
    [InlineData("NIT # 800160353-2 (Colombia)", DocumentType.NationalId, "800160353-2", "CO", null)]
    [InlineData("Identification Number 0-16 Reg 123 (Panama)", DocumentType.NationalId, "0-16 Reg 123", "PA", null)]
    [InlineData("National ID No. CNIC: 12345 (Pakistan)", DocumentType.NationalId, "12345", "PK", null)]
    [InlineData("VisaNumberID 1234 (United States)", DocumentType.Visa, "1234", "US", null)]
    [InlineData("Driver's License No. G123 (Mexico)", DocumentType.Other, "G123", "MX", null)]
    [InlineData("Passport E382464 (Thailand) expires Jan 2007", DocumentType.Passport, "E382464", "TH", null)]
    public void Reads_documents(string remark, DocumentType type, string number, string? country, string? expires) =>
        Assert.Equal(new TravelDocument(type, number, country, expires), Assert.Single(Parse(remark).Documents));

    [Theory]
    [InlineData("Passport issued in Sarajevo, Bosnia-Herzegovina")]
    [InlineData("Passport OR801168 and Kuwaiti National ID No. 281020505755 issued under the name X")]
    [InlineData("Identification Number IMO 9187629")]
    [InlineData("Registration Number 12345 (Iran)")]
    [InlineData("MMSI 123456789")]
    public void Ignores_what_is_not_a_personal_document(string remark) => Assert.Empty(Parse(remark).Documents);

    [Fact]
    public void Reads_online_identifiers()
    {
        var facts = Parse("Email Address info@example.ir; alt. Email Address x@y.com; Email:adelb@example.sa; "
            + "Website www.example.org. Notes; alt. Website http://example.com/; Telephone (357)(22660766); "
            + "Phone Number 989121115315; Telephone No. 99999999; Fax (357)(22668608)");
        Assert.Equal(
        [
            new OnlineIdentifier(IdentifierType.Email, "info@example.ir", null),
            new OnlineIdentifier(IdentifierType.Email, "x@y.com", null),
            new OnlineIdentifier(IdentifierType.Email, "adelb@example.sa", null),
            new OnlineIdentifier(IdentifierType.Website, "www.example.org", null),
            new OnlineIdentifier(IdentifierType.Website, "http://example.com/", null),
            new OnlineIdentifier(IdentifierType.Phone, "+35722660766", null),
            new OnlineIdentifier(IdentifierType.Phone, "+989121115315", null),
        ], facts.Identifiers);
    }

    [Theory]
    [InlineData("+98 21-1234567", "+98211234567")]
    [InlineData("0097 1234 5678", "+9712345678")]
    [InlineData("(263) (0)4 486946", "+2634486946")]
    [InlineData("375 17 123 4567/8901", "+375171234567")]
    [InlineData("8 495 123 ext. 45", null)]
    [InlineData("263-4-486946", null)]
    public void Phone_numbers_become_E164_only_with_their_country_code(string raw, string? e164) =>
        Assert.Equal(e164, OfacRemarks.E164(raw));

    [Fact]
    public void Unknown_countries_are_reported_not_guessed()
    {
        var report = new ImportReport();
        var facts = OfacRemarks.Parse("nationality Atlantis; Passport A1 (Atlantis)", report, "test");
        Assert.Empty(facts.Nationalities);
        Assert.Null(Assert.Single(facts.Documents).Country);
        Assert.Equal(2, report.UnmappedCountries["Atlantis"]);
    }
}
