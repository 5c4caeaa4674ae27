using MassTransit;
using Watchlist.Tests.Integration.Infrastructure;
using static Watchlist.Tests.Integration.Notifications.AlertMessages;

namespace Watchlist.Tests.Integration.Notifications;

/// <summary>The gateway's graphql-transport-ws as the reference client graphql-ws (node) sees it.</summary>
public sealed class ReferenceClientTests(PlatformTest<ReferenceClientTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<ReferenceClientTests>(fixture, rabbit)
{
    private IBus Bus => Platform.Notifications.Services.GetRequiredService<IBus>();

    [Fact]
    public async Task The_reference_client_receives_matching_alerts_and_closes_normally()
    {
        var client = await ReferenceClient.StartAsync(
            Platform.Gateway.Address, DevTokens.Issue("command-centre", "VN-MPS", "cc-node"), count: 2,
            filter: new { borderPosts = new[] { "VN-TSN" } });
        await client.WaitForAsync(l => l.TryGetProperty("connected", out _), "connected");
        var centre = Platform.Client("command-centre", "VN-MPS", "cc-node");
        await Eventually.Until(
            async () => (await (await centre.GetAsync("/api/subscriptions")).Json()).GetProperty("items").GetArrayLength(),
            n => n == 1, "the bridged subscription");

        var elsewhere = Raised(borderPost: "VN-HAN");
        var first = Raised();
        await Bus.PublishAsync(elsewhere, Guid.NewGuid());
        await Bus.PublishAsync(first, Guid.NewGuid());
        await Bus.PublishAsync(Changed(first, 2, "ACKNOWLEDGED"), Guid.NewGuid());

        Assert.Equal(0, await client.ExitAsync());
        var alerts = client.Lines.Where(l => l.TryGetProperty("next", out _))
            .Select(l => l.GetProperty("next").GetProperty("data").GetProperty("alerts")).ToList();
        Assert.Equal(new[] { (first.AlertId.ToString(), "RAISED"), (first.AlertId.ToString(), "CHANGED") },
            alerts.Select(a => (a.GetProperty("alertId").GetString()!, a.GetProperty("kind").GetString()!)));
        Assert.Contains(client.Lines, l => l.TryGetProperty("closed", out var code) && code.GetInt32() == 1000);
    }

    [Fact]
    public async Task The_reference_client_is_refused_with_4401_for_a_forged_token()
    {
        var client = await ReferenceClient.StartAsync(Platform.Gateway.Address,
            DevTokens.Issue("command-centre", key: "a-different-signing-key-that-is-long-enough-0123456789"), count: 1);
        Assert.Equal(2, await client.ExitAsync());
        Assert.Contains(client.Lines, l => l.TryGetProperty("closed", out var code) && code.GetInt32() == 4401);
        Assert.DoesNotContain(client.Lines, l => l.TryGetProperty("connected", out _));
    }
}
