using Testcontainers.RabbitMq;

namespace Watchlist.Tests.Integration.Infrastructure;

/// <summary>
/// The broker for a test collection: the one RABBITMQ_URL names, or else a throwaway container.
/// Without either, starting fails loudly (Testcontainers throws when no Docker engine answers),
/// so no test that needs RabbitMQ can pass without one.
/// </summary>
public sealed class RabbitMqFixture : IAsyncLifetime
{
    private RabbitMqContainer? _container;

    public string Url { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (TestEnvironment.RabbitMqUrl is { } url)
        {
            Url = url;
            return;
        }
        _container = new RabbitMqBuilder("rabbitmq:3.13-management").Build();
        await _container.StartAsync();
        Url = _container.GetConnectionString();
    }

    public async Task DisposeAsync()
    {
        if (_container is not null) await _container.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class RabbitMqCollection : ICollectionFixture<RabbitMqFixture>
{
    public const string Name = "rabbitmq";
}
