using Marten;

namespace Watchlist.ServiceDefaults.EventStore;

/// <summary>The edge between a pure decider and Marten, for every event-sourced aggregate.</summary>
public static class StreamAppends
{
    /// <summary>
    /// Stages decided events: a new stream when there was no state before, else an append at the version the state was
    /// read at plus the new events, so that Marten refuses it (a JasperFx.ConcurrencyException at SaveChanges) if anyone
    /// else appended in the meantime. The correlation id of the request goes into the events' metadata.
    /// </summary>
    public static void StageEvents<TAggregate>(this IDocumentSession session, Guid id, bool newStream, int versionAfter,
        IReadOnlyList<object> events, string? correlationId) where TAggregate : class
    {
        session.CorrelationId = correlationId;
        var data = events.ToArray();
        if (newStream) session.Events.StartStream<TAggregate>(id, data);
        else session.Events.Append(id, versionAfter, data);
    }
}
