using Watchlist.Alerts.Alerts;
using Watchlist.Alerts.Alerts.Migration;
using Watchlist.Contracts.Screening;

namespace Watchlist.Tests.Unit.Alerts;

/// <summary>The migration's decision for alerts stored before audiences existed: never wider than what the stream proves.</summary>
public sealed class AudienceSettlementTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Id = Guid.NewGuid();

    private static readonly AlertFacts OldFacts = new(
        "old-key", "doc:C1234567:VN", Guid.NewGuid(), 1, "X", "X", "ARREST", "HUMAN_TRAFFICKING", [],
        "VN-DAD", new TravellerSnapshot(["X"], null, null, null, [], []), 0.97, "MATCH", "KH-GDI", ["KH-GDI", "VN-MPS"], false);

    private static HitRecord Hit(Guid screening, bool retro, string[]? releasableTo = null) =>
        new(screening, T0, 1, 0.97, "MATCH", releasableTo ?? ["KH-GDI", "VN-MPS"], retro);

    // Live hits record the screening's agency in their change; retro hits recorded the entry owner's there, never the screening's.
    private static AlertRaised Raised(HitRecord hit, string? changeAgency) =>
        new(Id, OldFacts with { Retro = hit.Retro }, AlertSeverity.Critical, hit, T0, new AlertChange("x", changeAgency, T0, null));

    private static HitRepeated Repeated(HitRecord hit, string? changeAgency) =>
        new(Id, hit, false, new AlertChange("x", changeAgency, T0, null));

    private static readonly Dictionary<Guid, string?> NoCrossings = [];

    [Fact]
    public void A_live_alert_goes_to_the_owner_and_the_agency_that_screened()
    {
        var settled = AudienceSettlement.Settle(
            [Raised(Hit(Guid.NewGuid(), false), "VN-MPS"), Repeated(Hit(Guid.NewGuid(), false), "VN-MPS")], NoCrossings);
        Assert.Equal("VN-MPS", settled.ScreeningAgency);
        Assert.Equal(["KH-GDI", "VN-MPS"], settled.Audience.Agencies);
    }

    [Fact]
    public void A_retro_alert_takes_its_agency_from_its_crossing_not_from_the_change_that_recorded_the_owner()
    {
        var screening = Guid.NewGuid();
        var settled = AudienceSettlement.Settle(
            [Raised(Hit(screening, true), "KH-GDI")], new Dictionary<Guid, string?> { [screening] = "VN-MPS" });
        Assert.Equal(["KH-GDI", "VN-MPS"], settled.Audience.Agencies);
    }

    [Fact]
    public void The_leaked_retro_alert_of_the_reproduction_is_withheld_from_everyone()
    {
        var screening = Guid.NewGuid();
        var settled = AudienceSettlement.Settle(
            [Raised(Hit(screening, true, ["KH-GDI"]), "KH-GDI")], new Dictionary<Guid, string?> { [screening] = "VN-MPS" });
        Assert.Empty(settled.Audience.Agencies);
        Assert.Null(settled.ScreeningAgency);
    }

    [Fact]
    public void A_retro_alert_whose_crossing_is_gone_is_withheld_rather_than_guessed()
    {
        var settled = AudienceSettlement.Settle([Raised(Hit(Guid.NewGuid(), true), "KH-GDI")], NoCrossings);
        Assert.Empty(settled.Audience.Agencies);
        Assert.Contains("no longer known", settled.Reason);
    }

    [Fact]
    public void Lawful_hits_of_several_agencies_on_one_old_alert_leave_it_to_the_owner_alone()
    {
        var settled = AudienceSettlement.Settle(
            [Raised(Hit(Guid.NewGuid(), false), "VN-MPS"), Repeated(Hit(Guid.NewGuid(), false), "KH-GDI")], NoCrossings);
        Assert.Equal(["KH-GDI"], settled.Audience.Agencies);
        Assert.Null(settled.ScreeningAgency);
    }

    [Fact]
    public void One_unlawful_hit_among_lawful_ones_withholds_the_alert()
    {
        var settled = AudienceSettlement.Settle(
            [Raised(Hit(Guid.NewGuid(), false), "VN-MPS"), Repeated(Hit(Guid.NewGuid(), false, ["KH-GDI"]), "TH-RTP")], NoCrossings);
        Assert.Empty(settled.Audience.Agencies);
    }
}
