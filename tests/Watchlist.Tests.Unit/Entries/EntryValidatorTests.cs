using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Entries.Input;

namespace Watchlist.Tests.Unit.Entries;

public sealed class EntryValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static EntryInput Person(params EntryName[] names) =>
        new(Kind: EntryKind.Person, Names: names, Action: EntryAction.RefuseEntry);

    private static Dictionary<string, string[]> ErrorsOf(EntryInput input) => EntryValidator.Validate(input, "VN-MPS", Today).Errors;

    [Fact]
    public void A_person_without_a_name_is_a_field_error()
    {
        var (details, errors) = EntryValidator.Validate(Person(), "VN-MPS", Today);
        Assert.Null(details);
        Assert.Contains("names", errors.Keys);
    }

    [Fact]
    public void Defaults_come_from_the_caller_and_the_action()
    {
        var (details, errors) = EntryValidator.Validate(Person(new EntryName("  Hùng  ", NameType.Alias)), "VN-MPS", Today);

        Assert.Empty(errors);
        Assert.Equal("VN-MPS", details!.OwnerAgency);
        Assert.Equal(["VN-MPS"], details.ReleasableTo);
        Assert.Equal(Severity.High, details.Severity);
        Assert.Equal(Category.Other, details.Category);
        Assert.Equal("manual", details.Source.Dataset);
        Assert.Equal(new EntryName("Hùng", NameType.Primary), details.Names[0]); // trimmed, and the only name is primary
    }

    [Fact]
    public void Names_are_stored_in_nfc()
    {
        var decomposed = "Nguyễn".Normalize(System.Text.NormalizationForm.FormD);
        var (details, _) = EntryValidator.Validate(Person(new EntryName(decomposed, NameType.Primary)), "VN-MPS", Today);
        Assert.Equal("Nguyễn".Normalize(System.Text.NormalizationForm.FormC), details!.Names[0].Value);
    }

    [Fact]
    public void A_malformed_agency_code_is_named_in_the_error()
    {
        var errors = ErrorsOf(Person(new EntryName("Hùng", NameType.Primary)) with { ReleasableTo = ["VN-MPS", "not an agency"] });
        Assert.Contains("not an agency", errors["releasableTo"][0]);
    }

    [Fact]
    public void A_missing_kind_and_action_are_both_reported()
    {
        var errors = ErrorsOf(new EntryInput(Names: [new EntryName("X", NameType.Primary)]));
        Assert.Contains("kind", errors.Keys);
        Assert.Contains("action", errors.Keys);
    }

    [Theory]
    [InlineData("VNM", "VN")]
    [InlineData("vn", "VN")]
    [InlineData("KHM", "KH")]
    [InlineData("D", "DE")]
    public void Countries_are_accepted_as_alpha_2_or_alpha_3_and_kept_as_alpha_2(string given, string kept)
    {
        var (details, errors) = EntryValidator.Validate(
            Person(new EntryName("Hùng", NameType.Primary)) with { Nationalities = [given] }, "VN-MPS", Today);
        Assert.Empty(errors);
        Assert.Equal([kept], details!.Nationalities);
    }

    [Fact]
    public void An_unknown_country_is_a_field_error() =>
        Assert.Contains(
            "nationalities[0]", ErrorsOf(Person(new EntryName("Hùng", NameType.Primary)) with { Nationalities = ["XYZ"] }).Keys);

    [Theory]
    [InlineData("1980-02-30")]
    [InlineData("1980-13")]
    [InlineData("80")]
    [InlineData("2999")]
    [InlineData("12/05/1980")]
    public void An_impossible_birth_date_is_a_field_error(string date) =>
        Assert.Contains("birthDates[0]", ErrorsOf(Person(new EntryName("Hùng", NameType.Primary)) with { BirthDates = [date] }).Keys);

    [Theory]
    [InlineData("1980")]
    [InlineData("1980-05")]
    [InlineData("1980-05-12")]
    public void Partial_birth_dates_are_accepted(string date) =>
        Assert.Empty(ErrorsOf(Person(new EntryName("Hùng", NameType.Primary)) with { BirthDates = [date] }));

    [Fact]
    public void Phone_numbers_are_normalised_to_e164_using_the_nationality_as_region()
    {
        var input = new EntryInput(Kind: EntryKind.OnlineIdentifier, Action: EntryAction.Inform, Nationalities: ["VN"],
            Identifiers:
            [
                new OnlineIdentifier(IdentifierType.Phone, "0901 234 567", null),
                new OnlineIdentifier(IdentifierType.SocialHandle, "https://facebook.com/Viec.Nhe.Luong.Cao", "Facebook"),
            ]);
        var (details, errors) = EntryValidator.Validate(input, "VN-MPS", Today);

        Assert.Empty(errors);
        Assert.Equal("+84901234567", details!.Identifiers[0].Value);
        Assert.Equal(new OnlineIdentifier(IdentifierType.SocialHandle, "viec.nhe.luong.cao", "facebook"), details.Identifiers[1]);
    }

    [Theory]
    [InlineData(IdentifierType.Phone, "call me")]
    [InlineData(IdentifierType.Email, "not-an-email")]
    [InlineData(IdentifierType.Website, "no spaces allowed here")]
    public void Malformed_identifiers_are_field_errors(IdentifierType type, string value)
    {
        var input = new EntryInput(
            Kind: EntryKind.OnlineIdentifier, Action: EntryAction.Inform, Identifiers: [new OnlineIdentifier(type, value, null)]);
        Assert.Contains("identifiers[0].value", ErrorsOf(input).Keys);
    }

    [Fact]
    public void Document_numbers_are_kept_without_separators_and_malformed_ones_are_errors()
    {
        var input = new EntryInput(Kind: EntryKind.TravelDocument, Action: EntryAction.SeizeDocument,
            Documents: [new TravelDocument(DocumentType.Passport, "c 123-4567", "VNM", "2030-01-01")]);
        var (details, _) = EntryValidator.Validate(input, "VN-MPS", Today);
        Assert.Equal(new TravelDocument(DocumentType.Passport, "C1234567", "VN", "2030-01-01"), details!.Documents[0]);

        var bad = input with { Documents = [new TravelDocument(DocumentType.Passport, "#", "VN", "01/01/2030")] };
        var errors = ErrorsOf(bad);
        Assert.Contains("documents[0].number", errors.Keys);
        Assert.Contains("documents[0].expiresOn", errors.Keys);
    }

    [Fact]
    public void A_validity_window_that_ends_before_it_starts_is_an_error()
    {
        var input = Person(new EntryName("Hùng", NameType.Primary)) with
        {
            ValidFrom = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero),
            ValidUntil = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        };
        Assert.Contains("validUntil", ErrorsOf(input).Keys);
    }
}
