using Microsoft.Extensions.Configuration;

namespace Watchlist.ServiceDefaults.Messaging;

/// <summary>From <c>RABBITMQ_URL</c> and the <c>Messaging</c> section.</summary>
public sealed record MessagingSettings(Uri RabbitMqUrl, string EndpointPrefix, bool QuorumQueues, bool TemporaryEndpoints)
{
    public const string DefaultUrl = "amqp://guest:guest@localhost:5672/";

    public static MessagingSettings From(IConfiguration configuration)
    {
        var raw = configuration["RABBITMQ_URL"] is { Length: > 0 } u ? u : DefaultUrl;
        if (!Uri.TryCreate(raw, UriKind.Absolute, out var url) || url.Scheme is not ("amqp" or "amqps"))
            throw new InvalidOperationException($"RABBITMQ_URL must be an amqp:// or amqps:// URL, not '{raw}'.");
        return new MessagingSettings(url,
            configuration["Messaging:EndpointPrefix"] ?? "",
            configuration.GetValue("Messaging:QuorumQueues", false),
            configuration.GetValue("Messaging:TemporaryEndpoints", false));
    }
}
