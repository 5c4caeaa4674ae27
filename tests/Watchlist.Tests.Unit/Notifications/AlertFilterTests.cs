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
