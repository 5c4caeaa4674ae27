using Microsoft.Extensions.Configuration;

namespace Watchlist.ServiceDefaults.EventStore;

/// <summary>
/// The forwarder's <c>EventStore:Forwarder</c> section. <c>PageSize</c> (default 500) events are read per page,
/// <c>StreamsInParallel</c> (default 16) streams are published side by side. <c>Loading</c> is <c>Batched</c> (the default:
/// one read per page at most, stream states remembered) or <c>PerEvent</c>, the old loader (one fold of the event's whole
/// stream per event), kept only as the baseline of <c>./bench.sh forwarder</c>.
/// </summary>
public sealed record ForwarderSettings(int PageSize, int StreamsInParallel, bool PerEventLoading)
{
    public static ForwarderSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("EventStore:Forwarder");
        var loading = section["Loading"] ?? "Batched";
        if (loading is not ("Batched" or "PerEvent"))
            throw new InvalidOperationException($"EventStore:Forwarder:Loading must be Batched or PerEvent, not '{loading}'.");
        return new ForwarderSettings(Math.Max(1, section.GetValue("PageSize", 500)), Math.Max(1, section.GetValue("StreamsInParallel", 16)),
            loading == "PerEvent");
    }

    /// <summary>The maps' stream states: remembered unless the baseline loader is asked for.</summary>
    public StreamStates<TState> StatesOf<TState>(Func<TState?, object, TState?> evolve) where TState : class =>
        new(evolve, remember: !PerEventLoading);
}
