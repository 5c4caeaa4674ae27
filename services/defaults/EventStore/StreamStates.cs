using JasperFx.Events;
using Marten;

namespace Watchlist.ServiceDefaults.EventStore;

/// <summary>
/// The state of event-sourced streams right after each of a batch of their stored events, for integration events that
/// carry the whole state (an alert, an entry) rather than the change alone. A batch costs at most one query, and usually
/// none: the state after the last event of each stream in a batch is remembered, and the forwarder's next page of that
/// stream starts where it ended. Two states are kept per stream, so an early publish running ahead of the forwarder does
/// not take the forwarder's place. Folding each event's whole stream again, one query per event, made a hot alert's page
/// of 500 repeated hits cost 500 reads of thousands of events (issue 11: one page every 90 s).
/// </summary>
/// <param name="evolve">The stream's pure evolve function; the state of an event-sourced stream is a value, so sharing it is safe.</param>
/// <param name="remember">False only for the benchmark's baseline: every stream folded from the store.</param>
public sealed class StreamStates<TState>(Func<TState?, object, TState?> evolve, bool remember = true, int capacity = 20_000)
    where TState : class
{
    private const int StatesPerStream = 2;
    private readonly Dictionary<Guid, List<(long Version, TState State)>> _last = [];

    /// <summary>The state after each event, by event id. Every event must belong to a stream of this kind.</summary>
    public async Task<IReadOnlyDictionary<Guid, TState?>> AfterEachAsync(IReadOnlyList<IEvent> events, IQuerySession session,
        CancellationToken ct)
    {
        var streams = events.GroupBy(e => e.StreamId).Select(g => g.OrderBy(e => e.Version).ToList()).ToList();
        var starts = new Dictionary<Guid, TState?>();
        var missing = new List<List<IEvent>>();
        foreach (var stream in streams)
        {
            var first = stream[0];
            if (first.Version <= 1) starts[first.StreamId] = null;
            else if (remember && Recall(first.StreamId, first.Version - 1) is { } known) starts[first.StreamId] = known;
            else missing.Add(stream);
        }
        if (missing.Count > 0) await FoldHistoriesAsync(missing, starts, session, ct);

        var after = new Dictionary<Guid, TState?>(events.Count);
        foreach (var stream in streams)
        {
            var state = starts[stream[0].StreamId];
            foreach (var e in stream) after[e.Id] = state = evolve(state, e.Data);
            if (remember && state is not null) Remember(stream[0].StreamId, stream[0].Version - 1, stream[^1].Version, state);
        }
        return after;
    }

    /// <summary>One query for every stream whose start is not known: its events before the first one of the batch.</summary>
    private async Task FoldHistoriesAsync(List<List<IEvent>> streams, Dictionary<Guid, TState?> starts, IQuerySession session,
        CancellationToken ct)
    {
        var firstVersions = streams.ToDictionary(s => s[0].StreamId, s => s[0].Version);
        var ids = firstVersions.Keys.ToArray();
        var below = streams.Max(s => s[0].Sequence);
        var history = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamId.IsOneOf(ids) && e.Sequence < below)
            .OrderBy(e => e.Sequence)
            .ToListAsync(ct);
        foreach (var id in ids) starts[id] = null;
        foreach (var e in history.Where(e => e.Version < firstVersions[e.StreamId]))
            starts[e.StreamId] = evolve(starts[e.StreamId], e.Data);
    }

    private TState? Recall(Guid streamId, long version)
    {
        lock (_last)
            return _last.TryGetValue(streamId, out var states) ? states.Find(s => s.Version == version).State : null;
    }

    /// <summary>The state this batch started from gives way to the one it ended with; else the oldest one does.</summary>
    private void Remember(Guid streamId, long startedFrom, long version, TState state)
    {
        lock (_last)
        {
            // Bounded by clearing: a state forgotten costs one query on its stream's next batch, never a wrong state.
            if (_last.Count >= capacity) _last.Clear();
            if (!_last.TryGetValue(streamId, out var states)) _last[streamId] = states = new List<(long, TState)>(StatesPerStream);
            states.RemoveAll(s => s.Version == startedFrom || s.Version == version);
            if (states.Count >= StatesPerStream) states.Remove(states.MinBy(s => s.Version));
            states.Add((version, state));
        }
    }
}
