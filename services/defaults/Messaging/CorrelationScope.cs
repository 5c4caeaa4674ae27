using MassTransit;
using Microsoft.Extensions.Logging;
using Watchlist.ServiceDefaults.Http;

namespace Watchlist.ServiceDefaults.Messaging;

/// <summary>Puts the correlation id a message carries (the forwarder sets it from the stored event) on every log line written
/// while it is consumed, as <see cref="CorrelationId"/> does for requests.</summary>
public sealed class CorrelationScope<T>(ILogger<CorrelationScope<T>> logger) : IFilter<ConsumeContext<T>> where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var id = context.Headers.Get<string>(CorrelationId.Header) ?? context.CorrelationId?.ToString();
        using (id is null ? null : CorrelationId.BeginScope(logger, id))
            await next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("correlationScope");
}
