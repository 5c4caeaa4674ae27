using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Notifications;

/// <summary>A test class whose notifications replicas (own schema, own durable queues) are cleaned up after each test.</summary>
public abstract class ReplicaTest(RabbitMqFixture rabbit, string tag) : IAsyncLifetime
{
    protected Replicas Replicas { get; } = new(rabbit, tag);

    public Task InitializeAsync() => Replicas.InitializeAsync();

    public Task DisposeAsync() => Replicas.DisposeAsync();
}
