using System.Text;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Imports.Parsing;
using static Watchlist.Tests.Unit.Imports.ImportAssertions;

namespace Watchlist.Tests.Unit.Imports;

public sealed class UnConsolidatedParserTests
{
    private static IReadOnlyList<ImportedEntry> Un => DataFiles.Un;

    [Fact]
    public void Gives_every_individual_and_entity()
    {
        Assert.Equal(1003, Un.Count);
        Assert.Equal(730, Un.Count(e => e.Details.Kind == EntryKind.Person));
        Assert.Equal(273, Un.Count(e => e.Details.Kind == EntryKind.Organisation));
        Assert.Equal(Un.Count, Un.Select(e => e.Reference).Distinct().Count());
        Assert.All(Un, e => Assert.Matches(@"^[A-Z]{2}[ie]\.\d{3}$", e.Reference));
    }

    [Fact]
    public void Every_entry_has_the_import_defaults_and_its_listing_date()
    {
        Assert.All(Un, e => HasImportDefaults(e, UnConsolidatedParser.Dataset));
        Assert.All(Un, e => Assert.NotNull(e.Details.ValidFrom));
    }

    [Fact]
    public void Every_named_alias_is_kept()
    {
        // 2,752 ALIAS_NAMEs; a few hold several names ("A; B") and a few repeat the primary name.
        Assert.InRange(Un.Sum(e => e.Details.Names.Count(n => n.Type != NameType.Primary)), 2752, 3400);
        Assert.True(Un.Sum(e => NamesOf(e, NameType.WeakAlias).Count()) >= 600);
    }

    [Fact]
    public void A_person_with_a_low_quality_alias()
    {
        var gaston = Single(Un, "CDi.003");
        Assert.Equal(EntryKind.Person, gaston.Details.Kind);
        Assert.Equal("GASTON IYAMUREMYE", gaston.Details.PrimaryName);
        Assert.Equal(["Rumuli"], NamesOf(gaston, NameType.WeakAlias));
        Assert.Equal(["Byiringiro Victor Rumuli", "Victor Rumuri", "Michel Byiringiro"], NamesOf(gaston, NameType.Alias));
        Assert.Equal(["1948"], gaston.Details.BirthDates);
        Assert.Equal(["RW"], gaston.Details.Nationalities);
        Assert.Equal(Gender.Male, gaston.Details.Gender);
        Assert.Equal(new DateTimeOffset(2010, 12, 1, 0, 0, 0, TimeSpan.Zero), gaston.Details.ValidFrom);
        Assert.StartsWith("UN Security Council sanctions (DRC): INTERPOL-UN", gaston.Details.Remarks);
    }

    [Fact]
    public void The_original_script_is_an_alias()
    {
        var saddam = Single(Un, "IQi.001");
        Assert.Equal("SADDAM HUSSEIN AL-TIKRITI", saddam.Details.PrimaryName);
        Assert.Contains("صدام حسين التكريتي", NamesOf(saddam, NameType.Alias));
        Assert.Equal(["Abu Ali"], NamesOf(saddam, NameType.WeakAlias));
        Assert.Equal(["1937-04-28"], saddam.Details.BirthDates);
        Assert.Null(saddam.Details.Gender);
    }

    [Fact]
    public void Birth_dates_between_and_approximately()
    {
        Assert.Equal(["1973", "1974"], Single(Un, "CDi.030").Details.BirthDates);
        Assert.Equal(["1967", "1968", "1969"], Single(Un, "KPi.066").Details.BirthDates);
        Assert.Equal(["1977"], Single(Un, "CDi.036").Details.BirthDates);
    }

    [Fact]
    public void A_passport_with_its_issuing_country()
    {
        var entry = Single(Un, "CDi.021");
        Assert.Contains(new TravelDocument(DocumentType.Passport, "OB 0243318", "CD", null), entry.Details.Documents);
    }

    [Fact]
    public void An_entity_with_its_aliases()
    {
        var adf = Single(Un, "CDe.001");
        Assert.Equal(EntryKind.Organisation, adf.Details.Kind);
        Assert.Equal("ADF", adf.Details.PrimaryName);
        Assert.Contains("Allied Democratic Forces", NamesOf(adf, NameType.Alias));
        Assert.Contains("Forces Démocratiques Alliées-Armée Nationale de Libération de l’Ouganda", NamesOf(adf, NameType.Alias));
        Assert.Empty(adf.Details.BirthDates);
        Assert.Null(adf.Details.Gender);
        Assert.EndsWith("…", adf.Details.Remarks);
        Assert.InRange(adf.Details.Remarks!.Length, 900, 1100);

        var lakes = Single(Un, "CDe.003");
        Assert.Equal("COMPAGNIE AERIENNE DES GRANDS LACS (CAGL) ; GREAT LAKES BUSINESS COMPANY (GLBC)", lakes.Details.PrimaryName);
        Assert.Equal(
            ["COMPAGNIE AERIENNE DES GRANDS LACS (CAGL)", "GREAT LAKES BUSINESS COMPANY (GLBC)"], NamesOf(lakes, NameType.Alias).Take(2));

        var aiai = Single(Un, "QDe.002");
        Assert.Equal(["AL-ITIHAAD AL-ISLAMIYA", "AIAI", "الاتحاد الاسلامي"], NamesOf(aiai, NameType.Alias).Take(3));
    }

    [Fact]
    public void Parsing_twice_gives_equal_entries()
    {
        var (again, _) = DataFiles.ParseUn();
        Assert.Equal(Canonical(Un), Canonical(again));
    }

    [Fact]
    public void Tolerated_oddities_are_reported()
    {
        Assert.Equal(["former Soviet Union"], DataFiles.UnReport.UnmappedCountries.Keys);
        Assert.Equal(0, DataFiles.UnReport.NoteCount);
    }

    private static IReadOnlyList<ImportedEntry> ParseText(string xml) =>
        UnConsolidatedParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(xml)), DataFiles.Owner, DataFiles.Everyone);

    [Fact]
    public void A_newer_edition_with_other_order_unknown_elements_and_whitespace_parses()
    {
        var entries = ParseText("""
            <?xml version="1.0" encoding="UTF-8"?>
            <CONSOLIDATED_LIST xmlns="urn:example:un" version="2">
              <NEW_HEADER><ANYTHING/></NEW_HEADER>
              <ENTITIES>
                <ENTITY>
                  <ALIASES_V2/>
                  <REFERENCE_NUMBER>  XXe.001 </REFERENCE_NUMBER>
                  <FIRST_NAME>
                     ACME   TRADING
                  </FIRST_NAME>
                  <ENTITY_ALIAS><ALIAS_NAME>ACME</ALIAS_NAME><QUALITY>a.k.a.</QUALITY></ENTITY_ALIAS>
                </ENTITY>
              </ENTITIES>
              <INDIVIDUALS>
                <INDIVIDUAL>
                  <GENDER>Female</GENDER>
                  <SECOND_NAME>DOE</SECOND_NAME>
                  <FIRST_NAME>JANE</FIRST_NAME>
                  <PHOTO>…</PHOTO>
                  <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>JD</ALIAS_NAME></INDIVIDUAL_ALIAS>
                  <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>jane doe</ALIAS_NAME></INDIVIDUAL_ALIAS>
                  <INDIVIDUAL_DATE_OF_BIRTH><DATE>1980-05-01</DATE><TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE></INDIVIDUAL_DATE_OF_BIRTH>
                  <INDIVIDUAL_DOCUMENT>
                    <NUMBER>A123</NUMBER><ISSUING_COUNTRY>Viet Nam</ISSUING_COUNTRY><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT>
                  </INDIVIDUAL_DOCUMENT>
                  <INDIVIDUAL_DOCUMENT>
                    <TYPE_OF_DOCUMENT>National Identification Number</TYPE_OF_DOCUMENT><NUMBER>ID 9 (expired)</NUMBER>
                  </INDIVIDUAL_DOCUMENT>
                  <DATAID>42</DATAID>
                  <LISTED_ON>2020-02-03</LISTED_ON>
                </INDIVIDUAL>
              </INDIVIDUALS>
            </CONSOLIDATED_LIST>
            """);

        Assert.Equal(["XXe.001", "42"], entries.Select(e => e.Reference));
        Assert.Equal([new EntryName("ACME TRADING", NameType.Primary), new EntryName("ACME", NameType.Alias)], entries[0].Details.Names);
        var jane = entries[1].Details;
        Assert.Equal([new EntryName("JANE DOE", NameType.Primary), new EntryName("JD", NameType.WeakAlias)], jane.Names);
        Assert.Equal(["1980"], jane.BirthDates);
        Assert.Equal(Gender.Female, jane.Gender);
        Assert.Equal(
            [
                new TravelDocument(DocumentType.Passport, "A123", "VN", null),
                new TravelDocument(DocumentType.NationalId, "ID 9", null, null),
            ],
            jane.Documents);
        Assert.Equal(new DateTimeOffset(2020, 2, 3, 0, 0, 0, TimeSpan.Zero), jane.ValidFrom);
    }

    [Fact]
    public void A_truncated_file_is_refused_with_its_line()
    {
        var text = Encoding.UTF8.GetString(DataFiles.Bytes("un/consolidated.xml"));
        var cut = text[..(text.Length / 2)];
        var e = Assert.Throws<ImportFormatException>(() => ParseText(cut));
        Assert.Equal("consolidated.xml", e.File);
        Assert.Equal(cut.Count(c => c == '\n') + 1, e.Line);
        Assert.Contains("not well-formed XML", e.Message);
    }

    [Fact]
    public void Another_root_element_is_refused()
    {
        var e = Assert.Throws<ImportFormatException>(() => ParseText("<sdnList><sdnEntry/></sdnList>"));
        Assert.Equal("sdnList", e.Element);
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void An_entry_without_a_reference_is_refused_with_its_line()
    {
        var e = Assert.Throws<ImportFormatException>(() => ParseText(
            "<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL><FIRST_NAME>X</FIRST_NAME></INDIVIDUAL>\n"
                + "</INDIVIDUALS>\n</CONSOLIDATED_LIST>"));
        Assert.Equal(3, e.Line);
        Assert.Equal(
            "consolidated.xml line 3, INDIVIDUAL: no REFERENCE_NUMBER or DATAID, so it could not be matched on re-import", e.Message);
    }

    [Fact]
    public void An_entry_without_a_name_is_refused() =>
        Assert.Throws<ImportFormatException>(() => ParseText(
            "<CONSOLIDATED_LIST><ENTITIES><ENTITY><REFERENCE_NUMBER>X</REFERENCE_NUMBER></ENTITY></ENTITIES></CONSOLIDATED_LIST>"));

    [Fact]
    public void A_repeated_reference_is_refused() =>
        Assert.Throws<ImportFormatException>(() => ParseText(
            "<CONSOLIDATED_LIST><ENTITIES><ENTITY><REFERENCE_NUMBER>X</REFERENCE_NUMBER><FIRST_NAME>A</FIRST_NAME></ENTITY>"
            + "<ENTITY><REFERENCE_NUMBER>X</REFERENCE_NUMBER><FIRST_NAME>B</FIRST_NAME></ENTITY></ENTITIES></CONSOLIDATED_LIST>"));

    [Fact]
    public void An_empty_list_and_a_DTD_are_refused()
    {
        Assert.Throws<ImportFormatException>(() => ParseText("<CONSOLIDATED_LIST><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>"));
        Assert.Throws<ImportFormatException>(() => ParseText("<!DOCTYPE x [<!ENTITY a \"b\">]><CONSOLIDATED_LIST/>"));
    }
}
