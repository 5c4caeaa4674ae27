using Marten;
using Marten.Events;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Watchlist.ServiceDefaults.EventStore;

/// <summary>
/// A read model that is a projection of the service's own event store: the document of each stream is a pure function of
/// that stream's events. The write path stores it in the same transaction as the events (<see cref="StreamAppends"/>), so
/// it is never behind; it can still always be written again from the events, which is what <c>./run.sh rebuild</c> does
/// (decision 0066).
/// </summary>
public interface IReadModel
{
    string Name { get; }

    /// <summary>Replaces every document of the model with the one folded from its stream; returns how many were written.</summary>
    Task<int> RebuildAsync(IDocumentStore store, CancellationToken ct);
}

/// <summary>An event as the write path saw it, from the event as stored (a sealed one opened while its key exists).</summary>
public delegate Task<object> StoredEventOpener(IQuerySession session, object stored, CancellationToken ct);

/// <param name="viewOf">The document after a stream's events, oldest first (null: the stream gives none).</param>
/// <param name="open">Where events are stored sealed: the write path folded them in clear, so the rebuild must too.</param>
public sealed class StreamReadModel<TAggregate, TView>(string name, Func<IReadOnlyList<object>, TView?> viewOf,
    StoredEventOpener? open = null) : IReadModel
    where TAggregate : class where TView : class
{
    private const int StreamsPerRead = 500;

    public string Name => name;

    public async Task<int> RebuildAsync(IDocumentStore store, CancellationToken ct)
    {
        var ids = await StreamIdsAsync(store, ct);
        await using var session = store.LightweightSession();
        // One transaction: a reader sees the old documents or the new ones, never a table half written.
        session.DeleteWhere<TView>(_ => true);
        var written = 0;
        foreach (var chunk in ids.Chunk(StreamsPerRead))
        {
            var events = await session.Events.QueryAllRawEvents()
                .Where(e => e.StreamId.IsOneOf(chunk))
                .OrderBy(e => e.Sequence)
                .ToListAsync(ct);
            foreach (var stream in events.GroupBy(e => e.StreamId))
            {
                var data = new List<object>();
                foreach (var e in stream) data.Add(open is null ? e.Data : await open(session, e.Data, ct));
                if (viewOf(data) is not { } view) continue;
                session.Store(view);
                written++;
            }
        }
        await session.SaveChangesAsync(ct);
        return written;
    }

    /// <summary>Streams are typed by the aggregate they were started for (<see cref="StreamAppends.StageEvents{TAggregate}"/>).</summary>
    private static async Task<List<Guid>> StreamIdsAsync(IDocumentStore store, CancellationToken ct)
    {
        var alias = ((EventGraph)store.Options.Events).AggregateAliasFor(typeof(TAggregate));
        await using var session = store.QuerySession();
        var ids = await session.AdvancedSql.QueryAsync<Guid>(
            $"select id from {store.Options.Events.DatabaseSchemaName}.mt_streams where type = ? order by id", ct, alias);
        return ids.ToList();
    }
}

public static class ReadModelRebuild
{
    /// <summary>The host's argument that rebuilds instead of serving: <c>dotnet Watchlist.Alerts.dll --rebuild-read-models</c>.</summary>
    public const string Argument = "--rebuild-read-models";

    public static IServiceCollection AddReadModel<TAggregate, TView>(this IServiceCollection services, string name,
        Func<IReadOnlyList<object>, TView?> viewOf, Func<IServiceProvider, StoredEventOpener>? opener = null)
        where TAggregate : class where TView : class =>
        services.AddSingleton<IReadModel>(sp => new StreamReadModel<TAggregate, TView>(name, viewOf, opener?.Invoke(sp)));

    /// <summary>
    /// With <see cref="Argument"/>, rebuilds the service's read models and returns true (the host then ends without serving);
    /// otherwise does nothing. Run it with the service's hosts stopped: a host writing meanwhile could have its newer document
    /// replaced by one folded a moment earlier.
    /// </summary>
    public static async Task<bool> RebuildReadModelsIfAskedAsync(this WebApplication app, string[] args)
    {
        if (!args.Contains(Argument)) return false;
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var ct = app.Lifetime.ApplicationStopping;
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        foreach (var model in app.Services.GetServices<IReadModel>())
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var written = await model.RebuildAsync(store, ct);
            // Counts only: the console of a host never carries personal data.
            Console.WriteLine(
                $"[rebuild] {app.Environment.ApplicationName}: {model.Name}, {written} documents in {started.Elapsed.TotalSeconds:F1} s");
        }
        return true;
    }
}
