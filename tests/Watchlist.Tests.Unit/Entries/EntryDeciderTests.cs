using Watchlist.WatchlistService.Entries;

namespace Watchlist.Tests.Unit.Entries;

public sealed class EntryDeciderTests
{
    private static readonly Change ByAdmin = new("admin-1", "VN-MPS", null, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), "corr-1");

    private static readonly EntryDetails Hung = new(EntryKind.Person, [new EntryName("Nguyễn Văn Hùng", NameType.Primary)], ["trafficking-suspects"],
        Category.HumanTrafficking, EntryAction.Arrest, Severity.Critical, "VN-MPS", ["VN-MPS", "KH-GDI"], null);

    [Fact]
    public void Listing_a_new_entry_records_who_listed_it()
    {
        var id = Guid.NewGuid();
        var events = EntryDecider.Decide(new ListEntry(id, Hung, ByAdmin), state: null);

        var listed = Assert.IsType<EntryListed>(Assert.Single(events));
        Assert.Equal(id, listed.EntryId);
        Assert.Equal("admin-1", listed.Change.Actor);
        Assert.Equal("VN-MPS", listed.Change.Agency);
    }

    [Fact]
    public void A_listed_entry_is_active_at_version_one()
    {
        var id = Guid.NewGuid();
        var entry = EntryDecider.Fold(EntryDecider.Decide(new ListEntry(id, Hung, ByAdmin), null));

        Assert.NotNull(entry);
        Assert.Equal(1, entry.Version);
        Assert.Equal(EntryStatus.Active, entry.Status);
        Assert.Equal("Nguyễn Văn Hùng", entry.Details.PrimaryName);
    }

    [Fact]
    public void Listing_twice_is_refused()
    {
        var id = Guid.NewGuid();
        var entry = EntryDecider.Fold(EntryDecider.Decide(new ListEntry(id, Hung, ByAdmin), null));
        Assert.Throws<EntryRuleViolation>(() => EntryDecider.Decide(new ListEntry(id, Hung, ByAdmin), entry));
    }

    [Theory]
    [InlineData("VN-MPS", true)]
    [InlineData("KH-GDI", true)]
    [InlineData("TH-RTP", false)]
    [InlineData(null, false)]
    public void Releasability_follows_the_owner_and_the_list_of_agencies(string? agency, bool visible) =>
        Assert.Equal(visible, Hung.IsReleasableTo(agency));

    [Fact]
    public void An_entry_released_to_everyone_is_visible_to_any_agency() =>
        Assert.True((Hung with { ReleasableTo = ["*"] }).IsReleasableTo("TH-RTP"));

    [Theory]
    [InlineData(EntryAction.Arrest, Severity.Critical)]
    [InlineData(EntryAction.RefuseEntry, Severity.High)]
    [InlineData(EntryAction.Protect, Severity.High)]
    [InlineData(EntryAction.DiscreetCheck, Severity.Medium)]
    [InlineData(EntryAction.Inform, Severity.Low)]
    public void The_default_severity_follows_the_action(EntryAction action, Severity expected) =>
        Assert.Equal(expected, EntryDetails.DefaultSeverity(action));
}
