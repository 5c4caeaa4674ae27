using Watchlist.Contracts.Alerts;
using Watchlist.Notifications.Delivery.Webhooks;
using Watchlist.Notifications.Subscriptions;

namespace Watchlist.Tests.Unit.Notifications;

public sealed class AlertFilterTests
{
    private static AlertNotice Alert(string severity = "HIGH", string borderPost = "VN-TSN", string[]? audience = null,
        string status = "OPEN", string[]? lists = null) =>
        new(Guid.NewGuid(), 1, "RAISED", "RAISED", status, severity, borderPost, "X", "ARREST", lists ?? ["trafficking-suspects"],
            "HUMAN_TRAFFICKING", new AlertAudience(audience ?? ["VN-MPS"]), DateTimeOffset.UtcNow);

    [Theory]
    [InlineData("LOW", false)]
    [InlineData("MEDIUM", false)]
    [InlineData("HIGH", true)]
    [InlineData("CRITICAL", true)]
    public void Min_severity_admits_that_severity_and_the_more_urgent_ones(string severity, bool admitted) =>
        Assert.Equal(admitted, (AlertFilter.Any with { MinSeverity = "HIGH" }).Matches(Alert(severity)));

    [Fact]
    public void Empty_fields_mean_any_and_given_fields_must_all_match()
    {
        Assert.True(AlertFilter.Any.Matches(Alert()));
        var filter = AlertFilter.Any with { BorderPosts = ["VN-TSN"], Lists = ["other", "trafficking-suspects"], Statuses = ["OPEN"] };
        Assert.True(filter.Matches(Alert()));
        Assert.False(filter.Matches(Alert(borderPost: "VN-HAN")));
        Assert.False(filter.Matches(Alert(lists: ["sanctions"])));
        Assert.False(filter.Matches(Alert(status: "RESOLVED")));
    }

    private static AlertNotice ContentAlert(string unit = "VN-A05") => Alert() with { BorderPost = null, Unit = unit };

    [Fact]
    public void Units_match_content_alerts_and_border_posts_border_alerts()
    {
        var byUnit = AlertFilter.Any with { Units = ["vn-a05"] };
        Assert.True(byUnit.Matches(ContentAlert()));
        Assert.False(byUnit.Matches(ContentAlert("VN-A99")));
        Assert.False(byUnit.Matches(Alert()), "a centre naming only units gets no border alert");
        var byPost = AlertFilter.Any with { BorderPosts = ["VN-TSN"] };
        Assert.False(byPost.Matches(ContentAlert()), "a centre naming only border posts gets no content alert");
        Assert.True(byPost.Matches(Alert()));
        var both = AlertFilter.Any with { BorderPosts = ["VN-TSN"], Units = ["VN-A05"] };
        Assert.True(both.Matches(Alert()) && both.Matches(ContentAlert()));
        Assert.False(both.Matches(ContentAlert("VN-A99")) || both.Matches(Alert(borderPost: "VN-HAN")));
        Assert.True(AlertFilter.Any.Matches(ContentAlert()));
        Assert.True((AlertFilter.Any with { Units = null }).Matches(ContentAlert()), "a filter stored before units existed");
    }

    [Fact]
    public void A_content_alert_message_carries_its_unit_and_no_border_post()
    {
        var notice = AlertNotice.From(new AlertRaised(Guid.NewGuid(), 1, "OPEN", "HIGH", 0, "", Guid.NewGuid(), "X", "ARREST", [], "OTHER",
            ["*"], "KH-GDI", false, DateTimeOffset.UtcNow, "RAISED", "RAISED", new AlertAudience(["KH-GDI"]), "VN-A05"));
        Assert.Equal((null, "VN-A05"), (notice.BorderPost, notice.Unit));
        var border = AlertNotice.From(new AlertRaised(Guid.NewGuid(), 1, "OPEN", "HIGH", 0, "VN-TSN", Guid.NewGuid(), "X", "ARREST", [],
            "OTHER", ["*"], "KH-GDI", false, DateTimeOffset.UtcNow, "RAISED", "RAISED", new AlertAudience(["KH-GDI"])));
        Assert.Equal(("VN-TSN", null), (border.BorderPost, border.Unit));
    }

    [Fact]
    public void An_alert_reaches_only_the_agencies_of_its_audience()
    {
        var subscription = new Subscription(Guid.NewGuid(), "s", "cc", "KH-GDI", AlertFilter.Any, null, DateTimeOffset.UtcNow);
        Assert.False(subscription.Wants(Alert(audience: ["VN-MPS"])));
        Assert.True(subscription.Wants(Alert(audience: ["VN-MPS", "KH-GDI"])));
        Assert.False(subscription.Wants(Alert(audience: ["*"])), "an audience names agencies; \"*\" is nobody's code");
        Assert.False(subscription.Wants(Alert(audience: [])));
        Assert.False(
            subscription.Wants(AlertNotice.From(new AlertRaised(
                Guid.NewGuid(), 1, "OPEN", "HIGH", 0, "VN-TSN", Guid.NewGuid(), "X", "ARREST",
                [], "OTHER", ["*"], "KH-GDI", false, DateTimeOffset.UtcNow, "RAISED", "RAISED", null))),
            "a message without an audience reaches nobody");
    }

    private static readonly WebhookDestinations Destinations = new(false, [], []);

    [Fact]
    public void Validation_normalises_vocabulary_and_names_every_wrong_field()
    {
        var (filter, _, errors) = SubscriptionValidation.Validate(
            new SubscriptionRequest("ok", new FilterRequest(null, "critical", null, ["wanted"], null, null), null), Destinations);
        Assert.Empty(errors);
        Assert.Equal("CRITICAL", filter.MinSeverity);
        Assert.Equal(["WANTED"], filter.Categories);

        var (_, webhook, bad) = SubscriptionValidation.Validate(
            new SubscriptionRequest(
                null,
                new FilterRequest([""], "SEVERE", null, null, ["JAIL"], ["DONE"]),
                new WebhookRequest("file:///etc/passwd", "whsec_c2hvcnQ=")),
            Destinations);
        Assert.Null(webhook);
        Assert.Equal(
            ["filter.actions", "filter.borderPosts", "filter.minSeverity", "filter.statuses", "name", "webhook.secret", "webhook.url"],
            bad.Keys.Order());
    }
}
