using Watchlist.Notifications.Delivery.Webhooks;

namespace Watchlist.Tests.Unit.Notifications;

public sealed class WebhookSigningTests
{
    /// <summary>
    /// The example of the Standard Webhooks specification (standard-webhooks/standard-webhooks, spec/standard-webhooks.md).
    /// </summary>
    [Fact]
    public void Signs_the_specifications_example_exactly()
    {
        var key = WebhookSecret.Decode("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")!;
        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
            WebhookSignature.Sign(key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"));
    }

    [Theory]
    [InlineData("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", true)]
    [InlineData("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", true)]   // the prefix is optional
    [InlineData("whsec_c2hvcnQ=", false)]                     // 5 bytes: too short a key
    [InlineData("whsec_not base64!", false)]
    [InlineData("", false)]
    public void Secrets_are_base64_keys_with_an_optional_prefix(string secret, bool valid) =>
        Assert.Equal(valid, WebhookSecret.Decode(secret) is not null);

    [Fact]
    public void Backoff_grows_exponentially_within_jitter_and_stops_at_the_maximum()
    {
        var settings = new WebhookSettings(
            TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), TimeSpan.FromHours(72), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10),
            4);
        for (var i = 0; i < 50; i++)
        {
            Assert.InRange(settings.BackoffAfter(1).TotalMilliseconds, 500, 1000);
            Assert.InRange(settings.BackoffAfter(3).TotalMilliseconds, 2000, 4000);
            Assert.InRange(settings.BackoffAfter(40).TotalMilliseconds, 15000, 30000);
        }
    }
}
