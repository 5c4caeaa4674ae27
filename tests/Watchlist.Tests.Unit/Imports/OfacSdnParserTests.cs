using System.Text;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Imports.Parsing;
using static Watchlist.Tests.Unit.Imports.ImportAssertions;

namespace Watchlist.Tests.Unit.Imports;

public sealed class OfacSdnParserTests
{
    private static IReadOnlyList<ImportedEntry> Ofac => DataFiles.Ofac;

    [Fact]
    public void Gives_one_entry_per_sdn_row()
    {
        Assert.Equal(8976, Ofac.Count);
        Assert.Equal(DataFiles.CountLines("ofac/sdn.csv"), Ofac.Count);
        Assert.Equal(Ofac.Count, Ofac.Select(e => e.Reference).Distinct().Count());
        Assert.All(Ofac, e => Assert.Matches("^[0-9]+$", e.Reference));
        Assert.Equal(4620, Ofac.Count(e => e.Details.Kind == EntryKind.Person));
        Assert.Equal(4356, Ofac.Count(e => e.Details.Kind == EntryKind.Organisation));
    }

    [Fact]
    public void Every_entry_has_the_import_defaults() =>
        Assert.All(Ofac, e => HasImportDefaults(e, OfacSdnParser.Dataset));

    [Fact]
    public void Every_alt_row_is_a_name_of_its_entry()
    {
        var byReference = Ofac.ToDictionary(e => e.Reference);
        using var alt = File.OpenRead(DataFiles.PathOf("ofac/alt.csv"));
        var rows = LegacyCsv.Read(alt, "alt.csv").ToList();
        Assert.Equal(11910, rows.Count);
        Assert.All(rows, row => Assert.Contains(byReference[row.Fields[0]!].Details.Names,
            n => n.Type == NameType.Alias && string.Equals(n.Value, NameText.Clean(row.Fields[3]), StringComparison.OrdinalIgnoreCase)));
        Assert.True(Ofac.Sum(e => NamesOf(e, NameType.Alias).Count()) >= rows.Count);
        Assert.DoesNotContain(DataFiles.OfacReport.Notes, n => n.StartsWith("alt.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_is_named_in_natural_order_and_as_listed()
    {
        var zawahiri = Single(Ofac, "2676");
        Assert.Equal(EntryKind.Person, zawahiri.Details.Kind);
        Assert.Equal("Dr. Ayman AL ZAWAHIRI", zawahiri.Details.PrimaryName);
        Assert.Contains("AL ZAWAHIRI, Dr. Ayman", NamesOf(zawahiri, NameType.Alias));
        Assert.Equal(["1951-06-19"], zawahiri.Details.BirthDates);
        Assert.Equal(
            [
                new TravelDocument(DocumentType.Passport, "1084010", "EG", null),
                new TravelDocument(DocumentType.Passport, "19820215", null, null),
            ],
            zawahiri.Details.Documents);
        Assert.Equal("OFAC SDN programs: SDGT; title: Operational and Military Leader of JIHAD GROUP", zawahiri.Details.Remarks);
    }

    [Fact]
    public void Birth_date_ranges_become_every_year_and_circa_its_year()
    {
        // "DOB 1951 to 1953; alt. DOB 1960 to 1962; alt. DOB Apr 1961; alt. DOB 1953"
        var naqdi = Single(Ofac, "12057");
        Assert.Equal(["1951", "1952", "1953", "1960", "1961", "1962", "1961-04"], naqdi.Details.BirthDates);
        Assert.Equal(["IR"], naqdi.Details.Nationalities);
        Assert.Equal(Gender.Male, naqdi.Details.Gender);
        Assert.StartsWith(
            "OFAC SDN programs: SDGT, NPWMD, IRGC, IFSR, IRAN-HR, IRAN-EO13876; title: Brigadier General", naqdi.Details.Remarks);

        Assert.Equal(["1961", "1962"], Single(Ofac, "15962").Details.BirthDates); // 01 Jan 1961 to 31 Dec 1962
        Assert.Equal(["1951"], Single(Ofac, "7782").Details.BirthDates);         // circa 1951
    }

    [Fact]
    public void Documents_weak_aliases_and_strong_aliases_of_a_person()
    {
        var gilberto = Single(Ofac, "4107");
        Assert.Equal("Gilberto Jose RODRIGUEZ OREJUELA", gilberto.Details.PrimaryName);
        Assert.Equal(["THE CHESS PLAYER", "LUCAS"], NamesOf(gilberto, NameType.WeakAlias));
        Assert.Equal(
        [
            new TravelDocument(DocumentType.NationalId, "6068015", "CO", null),
            new TravelDocument(DocumentType.NationalId, "6067015", "CO", null),
            new TravelDocument(DocumentType.Passport, "T321642", "CO", null),
            new TravelDocument(DocumentType.Passport, "6067015", "KM", null),
            new TravelDocument(DocumentType.Passport, "77588", "AR", null),
            new TravelDocument(DocumentType.Passport, "10545599", "VE", null),
        ], gilberto.Details.Documents);
    }

    [Fact]
    public void Organisations_keep_their_names_as_listed()
    {
        var bank = Single(Ofac, "306");
        Assert.Equal(EntryKind.Organisation, bank.Details.Kind);
        Assert.Equal(
            [
                new EntryName("BANCO NACIONAL DE CUBA", NameType.Primary),
                new EntryName("NATIONAL BANK OF CUBA", NameType.Alias),
                new EntryName("BNC", NameType.WeakAlias),
            ],
            bank.Details.Names);
        Assert.Null(bank.Details.Gender);
        Assert.Equal("OFAC SDN programs: CUBA; address in Switzerland, Spain, Japan, Panama", bank.Details.Remarks);
    }

    [Fact]
    public void Vessels_are_organisations_that_say_what_they_are()
    {
        var vessel = Single(Ofac, "4234");
        Assert.Equal(EntryKind.Organisation, vessel.Details.Kind);
        Assert.Equal("HERMANN", vessel.Details.PrimaryName);
        Assert.Contains("vessel (General Cargo, flag Cuba, call sign CL2685)", vessel.Details.Remarks);
        Assert.Equal(406, Ofac.Count(e => e.Details.Remarks!.Contains("; vessel", StringComparison.Ordinal)));
        Assert.Equal(277, Ofac.Count(e => e.Details.Remarks!.Contains("; aircraft", StringComparison.Ordinal)));
    }

    [Fact]
    public void Identifiers_come_from_remarks()
    {
        var bank = Single(Ofac, "906"); // "Website www.havanaintbank.co.uk; alt. Website www.hib.uk.com"
        Assert.Equal(
            [
                new OnlineIdentifier(IdentifierType.Website, "www.havanaintbank.co.uk", null),
                new OnlineIdentifier(IdentifierType.Website, "www.hib.uk.com", null),
            ],
            bank.Details.Identifiers);
        Assert.Contains(Ofac, e => e.Details.Identifiers.Any(i => i.Type == IdentifierType.Email));
        Assert.Contains(Ofac, e => e.Details.Identifiers.Any(i => i.Type == IdentifierType.Phone && i.Value.StartsWith('+')));
    }

    [Fact]
    public void Parsing_twice_gives_equal_entries()
    {
        var (again, _) = DataFiles.ParseOfac();
        Assert.Equal(Canonical(Ofac), Canonical(again));
    }

    [Fact]
    public void Tolerated_oddities_are_few_and_reported()
    {
        Assert.Empty(DataFiles.OfacReport.UnmappedCountries);
        Assert.InRange(DataFiles.OfacReport.NoteCount, 1, 30);
    }

    private static readonly string GoodSdn = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
        + "2676,\"AL ZAWAHIRI, Dr. Ayman\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 19 Jun 1951.\"\r\n";

    private static IReadOnlyList<ImportedEntry> ParseText(string sdn, string alt = "", string add = "", ImportReport? report = null) =>
        OfacSdnParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(sdn)), new MemoryStream(Encoding.UTF8.GetBytes(alt)),
            new MemoryStream(Encoding.UTF8.GetBytes(add)), DataFiles.Owner, DataFiles.Everyone, report ?? new ImportReport());

    [Fact]
    public void A_small_file_parses()
    {
        var entries = ParseText(GoodSdn, "2676,1,\"aka\",\"ZAWAHIRI, Ayman\",-0- \r\n", "36,1,-0- ,\"Havana\",\"Cuba\",-0- \r\n");
        Assert.Equal(["36", "2676"], entries.Select(e => e.Reference));
        Assert.Contains(new EntryName("Ayman ZAWAHIRI", NameType.Alias), entries[1].Details.Names);
    }

    [Fact]
    public void An_unterminated_quote_names_its_line()
    {
        var e = Assert.Throws<ImportFormatException>(() => ParseText(GoodSdn + "306,\"BANCO NACIONAL DE CUBA,-0- ,\"CUBA\"\r\n"));
        Assert.Equal("sdn.csv", e.File);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void A_row_with_the_wrong_column_count_names_its_line()
    {
        var e = Assert.Throws<ImportFormatException>(() => ParseText(GoodSdn + "306,\"BANCO NACIONAL DE CUBA\",-0- \r\n"));
        Assert.Equal("sdn.csv line 3: expected 12 columns, found 3", e.Message);
    }

    [Fact]
    public void A_real_file_cut_in_the_middle_of_a_row_is_refused()
    {
        var bytes = DataFiles.Bytes("ofac/sdn.csv");
        var half = Encoding.Latin1.GetString(bytes, 0, bytes.Length / 2);
        var cut = half[..half.LastIndexOf(',')];
        var e = Assert.Throws<ImportFormatException>(() => ParseText(cut));
        Assert.Equal(cut.Count(c => c == '\n') + 1, e.Line);
    }

    [Fact]
    public void A_non_numeric_ent_num_is_refused()
    {
        var e = Assert.Throws<ImportFormatException>(() => ParseText(GoodSdn.Replace("2676,", "26x6,")));
        Assert.Equal(2, e.Line);
        Assert.Equal("ent_num", e.Element);
    }

    [Fact]
    public void A_repeated_ent_num_is_refused() =>
        Assert.Equal(2, Assert.Throws<ImportFormatException>(() => ParseText(GoodSdn.Replace("2676,", "36,"))).Line);

    [Fact]
    public void Wrong_columns_in_alt_and_add_are_refused()
    {
        Assert.Equal("alt.csv", Assert.Throws<ImportFormatException>(() => ParseText(GoodSdn, "36,1,\"aka\"\r\n")).File);
        Assert.Equal("add.csv", Assert.Throws<ImportFormatException>(() => ParseText(GoodSdn, "", "36,1\r\n")).File);
    }

    [Fact]
    public void An_alias_of_an_unknown_entry_is_skipped_and_noted()
    {
        var report = new ImportReport();
        var entries = ParseText(GoodSdn, "99,1,\"aka\",\"NOBODY\",-0- \r\n", "", report);
        Assert.Equal(2, entries.Count);
        Assert.Equal(["alt.csv line 1: ent_num 99 is not in sdn.csv; alias skipped"], report.Notes);
    }

    [Fact]
    public void An_empty_list_is_refused() =>
        Assert.Throws<ImportFormatException>(() => ParseText("\u001A"));
}
