using System.Security.Claims;
using GraphQL;
using GraphQL.Transport;
using Watchlist.Gateway.GraphQL.Notifications;
using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL.Transport;

/// <summary>
/// One subscribe id of a connection: runs the operation and relays its results as next / error / complete. A query or
/// mutation yields one next and a complete; a subscription yields a next per event until either side completes it.
/// </summary>
public sealed class TransportOperation(TransportConnection connection, string id, CancellationToken closing)
    : IDisposable, IObserver<ExecutionResult>
{
    private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(closing);
    private IDisposable? _stream;
    private int _disposed;

    public string Id { get; } = id;

    public async Task ExecuteAsync(
        GraphQLRequest request, IDocumentExecuter<WatchlistSchema> executer, IServiceProvider services, ClaimsPrincipal user, string token)
    {
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = services,
                User = user,
                UserContext = SubscriptionUserContext.For(token),
                CancellationToken = _stop.Token,
            });
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            return;
        }
        if (_stop.IsCancellationRequested) { DisposeStreams(result); return; }

        if (result.Streams is { Count: > 0 } streams)
        {
            // One root field per subscription (the spec's rule), so one stream.
            var stream = streams.Values.First().Subscribe(this);
            if (Interlocked.CompareExchange(ref _stream, stream, null) is not null || Volatile.Read(ref _disposed) == 1) stream.Dispose();
            return;
        }
        if (!result.Executed || result.Data is null && result.Errors is { Count: > 0 })
            await SendErrorsAsync(result);
        else
        {
            await connection.EnqueueAsync(TransportMessage.Write(TransportMessage.Next, Id, connection.SerializeResult(result)));
            await FinishAsync();
        }
    }

    public void OnNext(ExecutionResult value)
    {
        if (_stop.IsCancellationRequested) return;
        // Blocking here holds back this subscription's own source only; the bounded queue keeps memory flat.
        connection.EnqueueAsync(TransportMessage.Write(TransportMessage.Next, Id, connection.SerializeResult(value)))
            .GetAwaiter()
            .GetResult();
    }

    public void OnError(Exception error)
    {
        if (_stop.IsCancellationRequested) return;
        // An exception's own message may name internals; GraphQLErrorInfo answers an UnhandledError with a generic one.
        var execution = error as ExecutionError ?? new global::GraphQL.Execution.UnhandledError("The subscription's source failed.", error);
        SendErrorsAsync(new ExecutionResult { Errors = [execution] }).GetAwaiter().GetResult();
    }

    public void OnCompleted()
    {
        if (!_stop.IsCancellationRequested) FinishAsync().GetAwaiter().GetResult();
    }

    private async Task SendErrorsAsync(ExecutionResult result)
    {
        using var json = System.Text.Json.JsonDocument.Parse(connection.SerializeResult(new ExecutionResult { Errors = result.Errors }));
        await connection.EnqueueAsync(
            TransportMessage.Write(TransportMessage.Error, Id, json.RootElement.GetProperty("errors").GetRawText()));
        connection.Forget(this);
        Dispose();
    }

    private async Task FinishAsync()
    {
        await connection.EnqueueAsync(TransportMessage.Write(TransportMessage.Complete, Id));
        connection.Forget(this);
        Dispose();
    }

    private static void DisposeStreams(ExecutionResult result)
    {
        foreach (var s in result.Streams?.Values ?? []) s.Subscribe(new Ignore()).Dispose();
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _stop.Cancel();
        Interlocked.Exchange(ref _stream, new Ignore())?.Dispose();
    }

    private sealed class Ignore : IObserver<ExecutionResult>, IDisposable
    {
        public void OnNext(ExecutionResult value) { }
        public void OnError(Exception error) { }
        public void OnCompleted() { }
        public void Dispose() { }
    }
}
