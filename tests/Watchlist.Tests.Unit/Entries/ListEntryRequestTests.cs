using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Entries.Listing;

namespace Watchlist.Tests.Unit.Entries;

public sealed class ListEntryRequestTests
{
    private static ListEntryRequest Person(params EntryName[] names) =>
        new(EntryKind.Person, names, null, null, EntryAction.RefuseEntry, null, null, null, null);

    [Fact]
    public void A_person_without_a_name_is_a_field_error()
    {
        var (details, errors) = Person().Validate("VN-MPS");
        Assert.Null(details);
        Assert.Contains("names", errors.Keys);
    }

    [Fact]
    public void Defaults_come_from_the_caller_and_the_action()
    {
        var (details, errors) = Person(new EntryName("  Hùng  ", NameType.Alias)).Validate("VN-MPS");

        Assert.Empty(errors);
        Assert.Equal("VN-MPS", details!.OwnerAgency);
        Assert.Equal(["VN-MPS"], details.ReleasableTo);
        Assert.Equal(Severity.High, details.Severity);
        Assert.Equal(Category.Other, details.Category);
        Assert.Equal(new EntryName("Hùng", NameType.Primary), details.Names[0]); // trimmed, and the only name is primary
    }

    [Fact]
    public void A_malformed_agency_code_is_named_in_the_error()
    {
        var request = Person(new EntryName("Hùng", NameType.Primary)) with { ReleasableTo = ["VN-MPS", "not an agency"] };
        var (_, errors) = request.Validate("VN-MPS");
        Assert.Contains("not an agency", errors["releasableTo"][0]);
    }

    [Fact]
    public void A_missing_kind_and_action_are_both_reported()
    {
        var (_, errors) = new ListEntryRequest(null, [new EntryName("X", NameType.Primary)], null, null, null, null, null, null, null).Validate("VN-MPS");
        Assert.Contains("kind", errors.Keys);
        Assert.Contains("action", errors.Keys);
    }
}
