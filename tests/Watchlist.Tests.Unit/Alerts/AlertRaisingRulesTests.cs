using Watchlist.Alerts.Alerts;
using Watchlist.Alerts.Alerts.Raising;
using Watchlist.Contracts.Screening;

namespace Watchlist.Tests.Unit.Alerts;

public sealed class AlertRaisingRulesTests
{
    private static TravellerSnapshot Traveller(string name, string? birth = null, params TravellerDocument[] documents) =>
        new([name], birth, null, null, documents, []);

    [Theory]
    [InlineData("CRITICAL", "ARREST", "MATCH", AlertSeverity.Critical)]
    [InlineData("CRITICAL", "ARREST", "REVIEW", AlertSeverity.High)]
    [InlineData("LOW", "INFORM", "REVIEW", AlertSeverity.Low)]
    [InlineData("unknown", "REFUSE_ENTRY", "MATCH", AlertSeverity.High)]
    public void Severity_follows_the_entry_and_drops_a_level_for_a_review_hit(
        string severity, string action, string band, AlertSeverity expected) =>
        Assert.Equal(expected, AlertSeverities.Of(severity, action, band));

    [Fact]
    public void The_same_passport_is_one_identity_whatever_its_type_and_country_form()
    {
        var a = TravellerIdentity.Of(Traveller("A", null, new TravellerDocument("PASSPORT", "C123 4567", "VNM")));
        var b = TravellerIdentity.Of(Traveller("B", null, new TravellerDocument("OTHER", "c1234567", "VN")));
        Assert.Equal(a, b);
        Assert.NotEqual(a, TravellerIdentity.Of(Traveller("A", null, new TravellerDocument("PASSPORT", "C1234568", "VN"))));
    }

    [Fact]
    public void Without_a_document_the_folded_name_and_birth_date_identify_the_traveller()
    {
        Assert.Equal(
            TravellerIdentity.Of(Traveller("Nguyễn Văn Hùng", "1980-05-12")),
            TravellerIdentity.Of(Traveller("NGUYEN VAN HUNG", "1980-05-12")));
        Assert.NotEqual(
            TravellerIdentity.Of(Traveller("NGUYEN VAN HUNG", "1980-05-12")),
            TravellerIdentity.Of(Traveller("NGUYEN VAN HUNG", "1981-05-12")));
    }

    [Fact]
    public void Each_generation_of_a_dedup_key_has_its_own_deterministic_alert_id()
    {
        var entry = Guid.NewGuid();
        var key = TravellerIdentity.DedupKey(entry, "doc:C1:VN", "vn-tsn", "VN-MPS");
        Assert.Equal(OpenAlertKey.AlertIdFor(key, 1), OpenAlertKey.AlertIdFor(key, 1));
        Assert.NotEqual(OpenAlertKey.AlertIdFor(key, 1), OpenAlertKey.AlertIdFor(key, 2));
        Assert.EndsWith("|VN-TSN|VN-MPS", key);
        Assert.NotEqual(key, TravellerIdentity.DedupKey(entry, "doc:C1:VN", "vn-tsn", "KH-GDI")); // two agencies never share an alert
    }

    [Fact]
    public void A_post_is_keyed_by_its_post_and_unit_never_by_the_names_it_carries()
    {
        var entry = Guid.NewGuid();
        var carried = Traveller("Công ty TNHH Hưng Thịnh");
        var post = new ScreeningContextSnapshot("", null, null, "VN-A05", "https://www.facebook.com/groups/1/posts/2");
        var identity = TravellerIdentity.Of(carried, post);
        Assert.Equal("post:https://www.facebook.com/groups/1/posts/2", identity);
        Assert.Equal("VN-A05", TravellerIdentity.RoutingOf(post));
        var key = TravellerIdentity.DedupKey(entry, identity, TravellerIdentity.RoutingOf(post), "VN-MPS");
        Assert.EndsWith("|VN-A05|VN-MPS", key);
        var otherUnit = post with { Unit = "VN-A99" };
        Assert.NotEqual(key, TravellerIdentity.DedupKey(entry, TravellerIdentity.Of(carried, otherUnit),
            TravellerIdentity.RoutingOf(otherUnit), "VN-MPS"));
        Assert.NotEqual(identity, TravellerIdentity.Of(carried, post with { Post = "sha256:00ff" }));
        // A border crossing keeps its traveller identity and border post.
        var border = new ScreeningContextSnapshot("VN-TSN", "ENTRY", null);
        Assert.Equal(TravellerIdentity.Of(carried), TravellerIdentity.Of(carried, border));
        Assert.Equal("VN-TSN", TravellerIdentity.RoutingOf(border));
    }
}
