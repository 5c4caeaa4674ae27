using Watchlist.ServiceDefaults.EventStore;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Governance.Lists;

namespace Watchlist.Tests.Unit.Governance;

/// <summary>The four-eyes rules of the entry decider, and the list policy's terms, as pure functions.</summary>
public sealed class FourEyesDeciderTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static Change By(string actor) => new(actor, "VN-MPS", "why", Noon, null);

    private static readonly EntryDetails Hung = new(EntryKind.Person, [new EntryName("Nguyễn Văn Hùng", NameType.Primary)], ["1980-05-12"],
        Gender.Male, ["VN"], [], [], ["four-eyes"], Category.HumanTrafficking, EntryAction.Arrest, Severity.Critical,
        "VN-MPS", ["VN-MPS"], null, null, null, new EntrySource("manual", null), null);

    private static Entry Apply(Entry? state, IEntryCommand command) =>
        EntryDecider.Fold(state, EntryDecider.Decide(command, state))!;

    private static Entry Pending(Guid id) => Apply(null, new ListEntry(id, Hung, By("maker"), FourEyes: true));

    [Fact]
    public void A_four_eyes_listing_waits_and_names_its_maker()
    {
        var entry = Pending(Guid.NewGuid());
        Assert.Equal(EntryStatus.PendingApproval, entry.Status);
        Assert.Equal(PendingKind.Listing, entry.Pending!.Kind);
        Assert.Equal(["maker"], entry.Pending.Makers);
        Assert.False(entry.IsInForceAt(Noon));
    }

    [Fact]
    public void The_maker_and_anyone_who_amended_it_cannot_check_it_and_a_second_admin_can()
    {
        var id = Guid.NewGuid();
        var amended = Apply(Pending(id), new AmendEntry(id, Hung with { Remarks = "more" }, By("editor")));

        Assert.Throws<MakerIsNotChecker>(() => EntryDecider.Decide(new ApproveEntry(id, By("maker")), amended));
        Assert.Throws<MakerIsNotChecker>(() => EntryDecider.Decide(new RejectEntry(id, By("editor")), amended));
        var approved = Apply(amended, new ApproveEntry(id, By("checker")));
        Assert.Equal(EntryStatus.Active, approved.Status);
        Assert.Null(approved.Pending);
        Assert.True(approved.IsInForceAt(Noon));
    }

    [Fact]
    public void Rejection_is_final()
    {
        var id = Guid.NewGuid();
        var rejected = Apply(Pending(id), new RejectEntry(id, By("checker")));
        Assert.Equal(EntryStatus.Rejected, rejected.Status);
        foreach (IEntryCommand command in new IEntryCommand[]
        {
            new ApproveEntry(id, By("other")), new ReinstateEntry(id, By("other")), new AmendEntry(id, Hung, By("other")),
            new DelistEntry(id, By("other")), new ReviewEntry(id, null, By("other")),
        })
            Assert.ThrowsAny<RuleViolation>(() => EntryDecider.Decide(command, rejected));
    }

    [Fact]
    public void A_four_eyes_delisting_is_a_request_the_entry_stays_in_force_until_a_checker_approves()
    {
        var id = Guid.NewGuid();
        var active = Apply(Pending(id), new ApproveEntry(id, By("checker")));
        var requested = Apply(active, new DelistEntry(id, By("maker"), FourEyes: true));

        Assert.Equal(EntryStatus.Active, requested.Status);
        Assert.Equal(PendingKind.Delisting, requested.Pending!.Kind);
        Assert.Throws<EntryRuleViolation>(() => EntryDecider.Decide(new DelistEntry(id, By("other"), FourEyes: true), requested));
        Assert.Throws<MakerIsNotChecker>(() => EntryDecider.Decide(new ApproveEntry(id, By("maker")), requested));
        var kept = Apply(requested, new RejectEntry(id, By("checker")));
        Assert.Equal(EntryStatus.Active, kept.Status);
        Assert.Null(kept.Pending);
        var delisted = EntryDecider.Decide(new ApproveEntry(id, By("checker")), requested);
        Assert.Equal("checker", Assert.IsType<EntryDelisted>(Assert.Single(delisted)).Change.Actor);
    }

    [Fact]
    public void Without_four_eyes_nothing_waits_and_nothing_can_be_approved()
    {
        var id = Guid.NewGuid();
        var entry = Apply(null, new ListEntry(id, Hung, By("maker")));
        Assert.Equal(EntryStatus.Active, entry.Status);
        Assert.Throws<EntryRuleViolation>(() => EntryDecider.Decide(new ApproveEntry(id, By("checker")), entry));
        Assert.IsType<EntryDelisted>(Assert.Single(EntryDecider.Decide(new DelistEntry(id, By("maker")), entry)));
    }

    [Fact]
    public void The_strictest_policy_wins_and_review_dates_are_never_later_than_it_allows()
    {
        var policy = EffectivePolicy.Of([new(false, 365, 90), new(true, 30, null), new(false, null, null)]);
        Assert.Equal(new EffectivePolicy(true, 30, 90), policy);
        var today = new DateOnly(2026, 12, 1);
        Assert.Equal(new DateOnly(2026, 12, 31), policy.ReviewBy(today, asked: null));
        Assert.Equal(new DateOnly(2026, 12, 31), policy.ReviewBy(today, asked: new DateOnly(2027, 6, 1)));
        Assert.Equal(new DateOnly(2026, 12, 10), policy.ReviewBy(today, asked: new DateOnly(2026, 12, 10)));
        Assert.Equal(new DateOnly(2027, 6, 1), EffectivePolicy.None.ReviewBy(today, new DateOnly(2027, 6, 1)));
    }

    [Fact]
    public void Setting_the_same_policy_terms_again_records_nothing()
    {
        var terms = new ListPolicyTerms(true, 365, null);
        var first = ListPolicyDecider.Decide("l", "VN-MPS", terms, By("a"), null);
        var policy = ListPolicyDecider.Fold(null, first)!;
        Assert.Equal(1, policy.Version);
        Assert.Empty(ListPolicyDecider.Decide("l", "VN-MPS", terms, By("b"), policy));
        Assert.Single(ListPolicyDecider.Decide("l", "VN-MPS", terms with { FourEyes = false }, By("b"), policy));
        Assert.NotEqual(ListPolicy.IdOf("VN-MPS", "l"), ListPolicy.IdOf("KH-GDI", "l"));
    }
}
