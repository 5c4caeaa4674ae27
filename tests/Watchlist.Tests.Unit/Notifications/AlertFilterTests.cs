using Watchlist.Notifications.Delivery.Webhooks;
using Watchlist.Notifications.Subscriptions;

namespace Watchlist.Tests.Unit.Notifications;

public sealed class AlertFilterTests
{
    private static AlertNotice Alert(string severity = "HIGH", string borderPost = "VN-TSN", string[]? releasableTo = null, string owner = "VN-MPS",
        string status = "OPEN", string[]? lists = null) =>
        new(Guid.NewGuid(), 1, "RAISED", status, severity, borderPost, "X", "ARREST", lists ?? ["trafficking-suspects"], "HUMAN_TRAFFICKING",
            releasableTo ?? ["VN-MPS"], owner, DateTimeOffset.UtcNow);

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
    public void An_alert_reaches_only_agencies_it_is_released_to_or_its_owner()
    {
        Assert.True(Alert(releasableTo: ["*"]).IsReleasableTo("KH-GDI"));
        Assert.False(Alert(releasableTo: ["VN-MPS"]).IsReleasableTo("KH-GDI"));
        Assert.True(Alert(releasableTo: [], owner: "KH-GDI").IsReleasableTo("KH-GDI"));
        var subscription = new Subscription(Guid.NewGuid(), "s", "cc", "KH-GDI", AlertFilter.Any, null, DateTimeOffset.UtcNow);
        Assert.False(subscription.Wants(Alert(releasableTo: ["VN-MPS"])));
    }

    private static readonly WebhookDestinations Destinations = new(false, [], []);

    [Fact]
    public void Validation_normalises_vocabulary_and_names_every_wrong_field()
    {
        var (filter, _, errors) = SubscriptionValidation.Validate(new SubscriptionRequest("ok", new FilterRequest(null, "critical", null, ["wanted"], null, null), null),
            Destinations);
        Assert.Empty(errors);
        Assert.Equal("CRITICAL", filter.MinSeverity);
        Assert.Equal(["WANTED"], filter.Categories);

        var (_, webhook, bad) = SubscriptionValidation.Validate(new SubscriptionRequest(null, new FilterRequest([""], "SEVERE", null, null, ["JAIL"], ["DONE"]),
            new WebhookRequest("file:///etc/passwd", "whsec_c2hvcnQ=")), Destinations);
        Assert.Null(webhook);
        Assert.Equal(["filter.actions", "filter.borderPosts", "filter.minSeverity", "filter.statuses", "name", "webhook.secret", "webhook.url"], bad.Keys.Order());
    }
}
