using System.Threading.Channels;
using JasperFx.Events;
using Marten;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.ServiceDefaults.Http;

namespace Watchlist.WatchlistService.Screening;

/// <summary>
/// Group commit of screening records (decision 0075). Every request that is waiting while a transaction is being written goes
/// into the next one, up to <see cref="ScreeningSettings.MaxRecordGroup"/> records, with no delay when it is alone: one
/// transaction per screening was the limit of the whole stack, and a group costs about what one screening did. A request is
/// answered only once its own records have committed. The group's events are then published early in one go (crossings in
/// bundles); the forwarder publishes them again from the store, so a crash between the commit and the publish costs latency,
/// never a message (decision 0003). A group that fails is split in halves until the record that fails is alone: it fails its
/// own request, and the others commit.
/// </summary>
public sealed class ScreeningRecorder(IDocumentStore store, ScreeningPrivacy privacy, EarlyPublisher early, ScreeningSettings settings,
    ILogger<ScreeningRecorder> log) : BackgroundService
{
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private long _groups;
    private long _requests;
    private long _splits;

    /// <summary>Transactions committed, the requests they answered, and failed groups split: how well screenings were grouped.</summary>
    public (long Groups, long Requests, long Splits) Counts =>
        (Interlocked.Read(ref _groups), Interlocked.Read(ref _requests), Interlocked.Read(ref _splits));

    /// <summary>Returns once the records (one request's: a screening, a manifest or a post) and the request's idempotency answer are
    /// durable; throws what their own transaction threw, e.g. DocumentAlreadyExistsException when another request with the same
    /// Idempotency-Key committed first. The records are given in clear; they are sealed in the transaction that stores them.</summary>
    public async Task<IReadOnlyList<IEvent>> RecordAsync(IReadOnlyList<IScreeningRecord> records, IdempotencyRecord? answer,
        CancellationToken ct)
    {
        var pending = new Pending(records, answer,
            new TaskCompletionSource<IReadOnlyList<IEvent>>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending)) throw new InvalidOperationException("The screening recorder has stopped.");
        // A request that goes away stops waiting; its records still commit or fail with their group.
        return await pending.Done.Task.WaitAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stopping)) await WriteNextGroupAsync();
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping: no new screening is taken, and the ones already waiting are written, as the requests expect.
            _queue.Writer.TryComplete();
            while (_queue.Reader.TryPeek(out _)) await WriteNextGroupAsync();
        }
    }

    private async Task WriteNextGroupAsync()
    {
        var group = new List<Pending>();
        var records = 0;
        // At least one request, whatever its size (a manifest of a thousand is a group of its own), then as many as fit.
        while (_queue.Reader.TryPeek(out var next) && (group.Count == 0 || records + next.Records.Count <= settings.MaxRecordGroup))
        {
            _queue.Reader.TryRead(out _);
            group.Add(next);
            records += next.Records.Count;
        }
        await WriteAsync(group);
    }

    private async Task WriteAsync(IReadOnlyList<Pending> group)
    {
        IReadOnlyList<IReadOnlyList<IEvent>> committed;
        try
        {
            committed = await CommitAsync(group);
        }
        catch (Exception ex) when (group.Count > 1)
        {
            // One bad record (a duplicate Idempotency-Key, a record the store refuses) must not fail the others: halves are
            // written alone, down to the request that fails, in log2(group) rounds rather than one transaction per request.
            log.LogWarning(ex, "A group of {Count} screening records failed; writing it in halves", group.Count);
            Interlocked.Increment(ref _splits);
            await WriteAsync([.. group.Take(group.Count / 2)]);
            await WriteAsync([.. group.Skip(group.Count / 2)]);
            return;
        }
        catch (Exception ex)
        {
            group[0].Done.TrySetException(ex);
            return;
        }
        Interlocked.Increment(ref _groups);
        Interlocked.Add(ref _requests, group.Count);
        for (var i = 0; i < group.Count; i++) group[i].Done.TrySetResult(committed[i]);
        early.PublishCommitted(committed.SelectMany(e => e)); // a hit is on its way before the officers have read their answers
    }

    /// <summary>One transaction: one data key seals the whole group (its records reach retention together, decision 0039), each
    /// record its own stream with its own request's correlation id, and the requests' idempotency answers.</summary>
    private async Task<IReadOnlyList<IReadOnlyList<IEvent>>> CommitAsync(IReadOnlyList<Pending> group)
    {
        await using var session = store.LightweightSession();
        var streams = Stage(session, group);
        // Not cancelled by shutdown or by a request going away: a group commits or fails as a whole.
        await session.SaveChangesAsync(CancellationToken.None);
        return streams;
    }

    /// <summary>
    /// The write of <see cref="RecordAsync"/>, statements and all, in a transaction that fails on purpose at its end and is
    /// rolled back: for the warm-up (<see cref="ScreeningWarmUp"/>), which must leave no record, no data key, no idempotency
    /// answer and no message behind. Failing rather than merely rolling back is what fills the event sequence numbers the
    /// rehearsal took: Marten writes a tombstone in each number a failed append took, so the forwarder and the index's
    /// high-water mark need not wait for a gap to go stale after every start (decision 0116).
    /// </summary>
    public async Task RehearseAsync(IReadOnlyList<IScreeningRecord> records, IdempotencyRecord? answer, CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var options = Marten.Services.SessionOptions.ForTransaction(transaction, shouldAutoCommit: false);
        await using (var session = store.LightweightSession(options))
        {
            Stage(session, [new Pending(records, answer, new TaskCompletionSource<IReadOnlyList<IEvent>>())]);
            session.QueueSqlCommand($"SELECT '{RehearsalEnds}'::integer"); // the last statement, and it fails
            try
            {
                await session.SaveChangesAsync(ct);
                throw new InvalidOperationException("A rehearsal's write did not fail as it must.");
            }
            catch (Exception ex) when (IsRehearsalEnd(ex))
            {
                // As meant: nothing of it committed, and Marten has posted the tombstones.
            }
        }
        await transaction.RollbackAsync(ct);
    }

    private const string RehearsalEnds = "warm-up rehearsal ends here";

    private static bool IsRehearsalEnd(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
            if (ex is Npgsql.PostgresException p && p.MessageText.Contains(RehearsalEnds)) return true;
        return false;
    }

    private IReadOnlyList<IReadOnlyList<IEvent>> Stage(IDocumentSession session, IReadOnlyList<Pending> group)
    {
        var sealedRecords = privacy.Seal(session, [.. group.SelectMany(p => p.Records)]);
        var streams = new List<IReadOnlyList<IEvent>>(group.Count);
        var next = 0;
        foreach (var pending in group)
        {
            var events = new List<IEvent>(pending.Records.Count);
            foreach (var record in sealedRecords.Skip(next).Take(pending.Records.Count))
            {
                var stream = session.Events.StartStream(record.ScreeningId, record);
                foreach (var e in stream.Events) e.CorrelationId = record.Change.CorrelationId;
                events.AddRange(stream.Events);
            }
            next += pending.Records.Count;
            if (pending.Answer is not null) session.Insert(pending.Answer);
            streams.Add(events);
        }
        return streams;
    }

    private sealed record Pending(IReadOnlyList<IScreeningRecord> Records, IdempotencyRecord? Answer,
        TaskCompletionSource<IReadOnlyList<IEvent>> Done);
}
