using RabbitMQ.Client;

namespace Watchlist.Tests.Integration.Notifications;

/// <summary>Removes the durable queues a test made on purpose, so that reruns leave nothing behind on the shared broker.</summary>
public static class DurableQueues
{
    public static async Task DeleteAsync(string url, params string[] queues)
    {
        var factory = new ConnectionFactory { Uri = new Uri(url) };
        await using var connection = await factory.CreateConnectionAsync();
        foreach (var queue in queues)
        {
            await using var channel = await connection.CreateChannelAsync();
            try { await channel.QueueDeleteAsync(queue); }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException) { } // never declared under that name
        }
    }
}
