using Watchlist.WatchlistService.Entries;

namespace Watchlist.Tests.Unit.Entries;

public sealed class EntryDeciderTests
{
    private static readonly Change ByAdmin =
        new("admin-1", "VN-MPS", null, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), "corr-1");

    private static readonly EntryDetails Hung = new(EntryKind.Person, [new EntryName("Nguyễn Văn Hùng", NameType.Primary)], ["1980-05-12"],
        Gender.Male, ["VN"], [], [], ["trafficking-suspects"], Category.HumanTrafficking, EntryAction.Arrest, Severity.Critical,
        "VN-MPS", ["VN-MPS", "KH-GDI"], null, null, null, new EntrySource("manual", null), null);

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

    private static Entry Listed(Guid id) => EntryDecider.Fold(EntryDecider.Decide(new ListEntry(id, Hung, ByAdmin), null))!;

    private static Entry Apply(Entry entry, IEntryCommand command) => EntryDecider.Fold(entry, EntryDecider.Decide(command, entry))!;

    [Fact]
    public void An_amendment_names_the_changed_fields_and_bumps_the_version()
    {
        var entry = Listed(Guid.NewGuid());
        var events = EntryDecider.Decide(
            new AmendEntry(entry.Id, Hung with { Remarks = "seen in Phnom Penh", Lists = ["a", "b"] }, ByAdmin), entry);

        var amended = Assert.IsType<EntryAmended>(Assert.Single(events));
        Assert.Equal(["lists", "remarks"], amended.ChangedFields);
        var after = EntryDecider.Fold(entry, events)!;
        Assert.Equal(2, after.Version);
        Assert.Equal("seen in Phnom Penh", after.Details.Remarks);
    }

    [Fact]
    public void An_amendment_that_changes_nothing_records_nothing()
    {
        var entry = Listed(Guid.NewGuid());
        Assert.Empty(EntryDecider.Decide(new AmendEntry(entry.Id, Hung with { Lists = ["trafficking-suspects"] }, ByAdmin), entry));
    }

    [Fact]
    public void Validity_and_review_changes_are_facts_of_their_own()
    {
        var entry = Listed(Guid.NewGuid());
        var until = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var events = EntryDecider.Decide(
            new AmendEntry(entry.Id, Hung with { ValidUntil = until, ReviewBy = new DateOnly(2026, 3, 1), Remarks = "x" }, ByAdmin), entry);

        Assert.Collection(
            events,
            e => Assert.IsType<EntryAmended>(e),
            e => Assert.IsType<EntryValidityChanged>(e),
            e => Assert.IsType<EntryReviewed>(e));
        var after = EntryDecider.Fold(entry, events)!;
        Assert.Equal(until, after.Details.ValidUntil);
        Assert.Equal(new DateOnly(2026, 3, 1), after.Details.ReviewBy);
        Assert.Equal(4, after.Version);
    }

    [Fact]
    public void An_entry_past_its_valid_until_is_expired_without_anyone_acting()
    {
        var entry = Listed(Guid.NewGuid());
        var until = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        entry = Apply(entry, new AmendEntry(entry.Id, Hung with { ValidUntil = until }, ByAdmin));

        Assert.Equal(EntryStatus.Active, entry.StatusAt(until.AddSeconds(-1)));
        Assert.Equal(EntryStatus.Expired, entry.StatusAt(until));
        Assert.False(entry.IsInForceAt(until.AddDays(1)));
    }

    [Fact]
    public void Suspend_reinstate_delist_follow_the_lifecycle()
    {
        var entry = Listed(Guid.NewGuid());
        entry = Apply(entry, new SuspendEntry(entry.Id, ByAdmin));
        Assert.Equal(EntryStatus.Suspended, entry.Status);
        Assert.Throws<EntryRuleViolation>(() => EntryDecider.Decide(new SuspendEntry(entry.Id, ByAdmin), entry));

        entry = Apply(entry, new ReinstateEntry(entry.Id, ByAdmin));
        Assert.Equal(EntryStatus.Active, entry.Status);
        Assert.Throws<EntryRuleViolation>(() => EntryDecider.Decide(new ReinstateEntry(entry.Id, ByAdmin), entry));

        entry = Apply(entry, new DelistEntry(entry.Id, ByAdmin));
        Assert.Equal(EntryStatus.Delisted, entry.Status);
        Assert.Throws<EntryRuleViolation>(() => EntryDecider.Decide(new DelistEntry(entry.Id, ByAdmin), entry));
        Assert.Throws<EntryRuleViolation>(() => EntryDecider.Decide(new AmendEntry(entry.Id, Hung with { Remarks = "x" }, ByAdmin), entry));
        Assert.Equal(4, entry.Version);
    }

    [Fact]
    public void The_kind_of_an_entry_cannot_change()
    {
        var entry = Listed(Guid.NewGuid());
        Assert.Throws<EntryRuleViolation>(() =>
            EntryDecider.Decide(new AmendEntry(entry.Id, Hung with { Kind = EntryKind.Organisation }, ByAdmin), entry));
    }

    [Fact]
    public void A_command_on_a_missing_entry_is_not_found() =>
        Assert.Throws<EntryNotFound>(() => EntryDecider.Decide(new SuspendEntry(Guid.NewGuid(), ByAdmin), null));
}
