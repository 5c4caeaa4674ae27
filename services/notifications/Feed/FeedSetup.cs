namespace Watchlist.Notifications.Feed;

public static class FeedSetup
{
    /// <summary>
    /// The feed writer and the wake-ups of live readers. Register before the bus: hosted services stop in reverse order, so
    /// the bus stops delivering (and its consumers finish) while the writer still commits their groups.
    /// </summary>
    public static IServiceCollection AddFeedWriting(this IServiceCollection services) => services
        .AddSingleton<FeedWakeups>().AddHostedService(sp => sp.GetRequiredService<FeedWakeups>())
        .AddSingleton<FeedWriter>().AddHostedService(sp => sp.GetRequiredService<FeedWriter>());
}
