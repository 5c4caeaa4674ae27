using System.Linq.Expressions;
using Marten;

namespace Watchlist.ServiceDefaults.Retention;

/// <summary>One kind of operational record and how long it is kept.</summary>
public interface IRetentionRule
{
    string Name { get; }

    TimeSpan Horizon { get; }

    /// <summary>Deletes up to <paramref name="batchSize"/> records older than the horizon, in one transaction.</summary>
    /// <returns>How many were deleted: fewer than the batch size means none are left.</returns>
    Task<int> PruneBatchAsync(IDocumentSession session, DateTimeOffset now, int batchSize, CancellationToken ct);
}

/// <summary>
/// Documents of type <typeparamref name="T"/> whose time is older than the horizon, deleted a batch at a time: a short
/// transaction each, so pruning a large backlog neither holds long locks nor writes one huge transaction. Deleting by id
/// is idempotent, so two replicas that happen to prune at once do no harm.
/// </summary>
public sealed class DocumentRetention<T>(string name, TimeSpan horizon, Func<DateTimeOffset, Expression<Func<T, bool>>> olderThan)
    : IRetentionRule where T : notnull
{
    public string Name => name;

    public TimeSpan Horizon => horizon;

    public async Task<int> PruneBatchAsync(IDocumentSession session, DateTimeOffset now, int batchSize, CancellationToken ct)
    {
        var old = await session.Query<T>().Where(olderThan(now - horizon)).Take(batchSize).ToListAsync(ct);
        if (old.Count == 0) return 0;
        foreach (var record in old) session.Delete(record);
        await session.SaveChangesAsync(ct);
        return old.Count;
    }
}
