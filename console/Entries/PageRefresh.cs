namespace Watchlist.WebConsole.Entries;

/// <summary>
/// Keeps an admin's page current while it is open. Admins have no notifications feed (it is the command centres'), and
/// entries have none at all, so the page reads what it shows again every few seconds (<c>Console:AdminRefresh</c>, default
/// 5 s) and redraws only when something changed: another admin's amend or suspension appears without a reload.
/// </summary>
public sealed class PageRefresh : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private PageRefresh(TimeSpan every, TimeProvider time, Func<CancellationToken, Task> refresh) =>
        _loop = RunAsync(every, time, refresh);

    public static PageRefresh Start(IConfiguration configuration, TimeProvider time, Func<CancellationToken, Task> refresh) =>
        new(configuration.GetValue("Console:AdminRefresh", TimeSpan.FromSeconds(5)), time, refresh);

    private async Task RunAsync(TimeSpan every, TimeProvider time, Func<CancellationToken, Task> refresh)
    {
        using var timer = new PeriodicTimer(every, time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                // One failed read (the gateway restarting) is not the end of the page: the next tick tries again. An expired
                // session ends the refreshing; the page itself sends the user to sign in on their next step.
                try { await refresh(_stop.Token); }
                catch (Gateway.SessionExpiredException) { return; }
                catch (Exception e) when (e is HttpRequestException or Gateway.ApiException or TaskCanceledException
                                          && !_stop.IsCancellationRequested)
                { }
            }
        }
        catch (OperationCanceledException) { }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
