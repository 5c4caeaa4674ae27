using Microsoft.Extensions.Configuration;

namespace Watchlist.ServiceDefaults.EventStore;

/// <summary>
/// The forwarder's <c>EventStore:Forwarder</c> section. <c>PageSize</c> (default 500) events are read per page,
/// <c>StreamsInParallel</c> (default 16) streams are published side by side. <c>Loading</c> is <c>Batched</c> (the default:
/// one read per page at most, stream states remembered) or <c>PerEvent</c>, the old loader (one fold of the event's whole
/// stream per event), kept only as the baseline of <c>./bench.sh forwarder</c>. <c>BundleSize</c> (default 500) messages
/// that need no order travel in one bundle (<see cref="IIntegrationEventMap.Bundles"/>); 1 publishes each alone, the
/// baseline of <c>./bench.sh retro</c>. <c>EarlyPublished</c> (default 100,000) ids of events published early are remembered so
/// that the forwarder does not publish them again (<see cref="EarlyPublished"/>); 0 forwards everything again, the baseline.
/// <c>EarlyPublishTimeoutMs</c> (default 5,000) bounds an early publish, after which the forwarder's publish is the one that
/// counts; 0 gives every early publish up before it sends anything, which is how a test makes them fail.
/// </summary>
public sealed record ForwarderSettings(int PageSize, int StreamsInParallel, bool PerEventLoading, int BundleSize = 500,
    int EarlyPublished = 100_000, int EarlyPublishTimeoutMs = 5_000)
{
    public TimeSpan EarlyPublishTimeout => TimeSpan.FromMilliseconds(EarlyPublishTimeoutMs);

    public static ForwarderSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("EventStore:Forwarder");
        var loading = section["Loading"] ?? "Batched";
        if (loading is not ("Batched" or "PerEvent"))
            throw new InvalidOperationException($"EventStore:Forwarder:Loading must be Batched or PerEvent, not '{loading}'.");
        return new ForwarderSettings(Math.Max(1, section.GetValue("PageSize", 500)), Math.Max(1, section.GetValue("StreamsInParallel", 16)),
            loading == "PerEvent", Math.Max(1, section.GetValue("BundleSize", 500)),
            Math.Max(0, section.GetValue("EarlyPublished", 100_000)), Math.Max(0, section.GetValue("EarlyPublishTimeoutMs", 5_000)));
    }

    /// <summary>The maps' stream states: remembered unless the baseline loader is asked for.</summary>
    public StreamStates<TState> StatesOf<TState>(Func<TState?, object, TState?> evolve) where TState : class =>
        new(evolve, remember: !PerEventLoading);
}
