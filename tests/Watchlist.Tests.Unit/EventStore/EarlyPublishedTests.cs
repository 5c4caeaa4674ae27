using JasperFx.Events;
using Watchlist.ServiceDefaults.EventStore;

namespace Watchlist.Tests.Unit.EventStore;

/// <summary>What the forwarder leaves out: only events whose early publish the broker confirmed, each once, within a bound.</summary>
public sealed class EarlyPublishedTests
{
    private static List<IEvent> Events(int count) =>
        [.. Enumerable.Range(0, count).Select(i => (IEvent)new Event<string>($"event {i}") { Id = Guid.CreateVersion7() })];

    [Fact]
    public async Task Confirmed_events_are_left_out_and_the_rest_kept_in_order()
    {
        var published = new EarlyPublished(100, TimeSpan.FromSeconds(10));
        var (confirmed, failed, never) = (Events(3), Events(2), Events(2));
        published.Started(confirmed, Task.FromResult(true));
        published.Started(failed, Task.FromResult(false));
        List<IEvent> page = [never[0], confirmed[0], failed[0], confirmed[1], failed[1], never[1], confirmed[2]];

        var rest = await published.NotPublishedAsync(page, CancellationToken.None);

        Assert.Equal([never[0], failed[0], failed[1], never[1]], rest);
    }

    [Fact]
    public async Task An_event_is_left_out_once_then_forgotten()
    {
        var published = new EarlyPublished(100, TimeSpan.FromSeconds(10));
        var events = Events(2);
        published.Started(events, Task.FromResult(true));

        Assert.Empty(await published.NotPublishedAsync(events, CancellationToken.None));
        // A page the daemon processes again (a retry, a rewound checkpoint) is published in full.
        Assert.Equal(events, await published.NotPublishedAsync(events, CancellationToken.None));
    }

    [Fact]
    public async Task An_early_publish_under_way_is_waited_for()
    {
        var published = new EarlyPublished(100, TimeSpan.FromSeconds(10));
        var (succeeding, failing) = (Events(2), Events(2));
        var (success, failure) = (new TaskCompletionSource<bool>(), new TaskCompletionSource<bool>());
        published.Started(succeeding, success.Task);
        published.Started(failing, failure.Task);

        var asked = published.NotPublishedAsync([.. succeeding, .. failing], CancellationToken.None);
        await Task.Delay(50);
        Assert.False(asked.IsCompleted);
        success.SetResult(true);
        failure.SetResult(false);

        Assert.Equal(failing, await asked);
    }

    [Fact]
    public async Task The_oldest_ids_give_way_beyond_the_capacity()
    {
        var published = new EarlyPublished(4, TimeSpan.FromSeconds(10));
        var (older, newer) = (Events(3), Events(3));
        published.Started(older, Task.FromResult(true));
        published.Started(newer, Task.FromResult(true));

        // Six ids noted, four remembered: the two oldest are published again (a duplicate, never a loss).
        Assert.Equal(older[..2], await published.NotPublishedAsync([.. older, .. newer], CancellationToken.None));
    }

    [Fact]
    public async Task Capacity_zero_remembers_nothing()
    {
        var published = new EarlyPublished(0, TimeSpan.FromSeconds(10));
        var events = Events(3);
        published.Started(events, Task.FromResult(true));

        Assert.Equal(events, await published.NotPublishedAsync(events, CancellationToken.None));
    }
}
