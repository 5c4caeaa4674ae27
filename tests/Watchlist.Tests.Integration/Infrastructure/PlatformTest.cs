namespace Watchlist.Tests.Integration.Infrastructure;

/// <summary>
/// Base for tests that drive the whole platform: one <see cref="Platform"/> per test class
/// (its own schemas and queues), started once, on the shared broker of the collection.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public abstract class PlatformTest<TSelf>(PlatformTest<TSelf>.Fixture fixture, RabbitMqFixture rabbit) : IClassFixture<PlatformTest<TSelf>.Fixture>, IAsyncLifetime
{
    protected Platform Platform => fixture.Platform;
    protected RabbitMqFixture Rabbit => rabbit;

    public Task InitializeAsync() => fixture.Platform.StartAsync(rabbit);

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Gateway settings a test class needs; override through a fixture subclass when it matters.</summary>
    public class Fixture : IAsyncDisposable
    {
        public Platform Platform { get; } = new(typeof(TSelf).Name, new Dictionary<string, string>
        {
            ["RateLimits:StandardPerSecond"] = "20",
        });

        public ValueTask DisposeAsync() => Platform.DisposeAsync();
    }
}
