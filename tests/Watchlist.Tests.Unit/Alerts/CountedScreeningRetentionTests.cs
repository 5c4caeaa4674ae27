using Watchlist.Alerts.Retention;
using Watchlist.Alerts.Retro;
using Watchlist.ServiceDefaults.Retention;

namespace Watchlist.Tests.Unit.Alerts;

/// <summary>A counted screening is kept while retro may re-screen its crossing or a late copy of its hit may still be dropped.</summary>
public sealed class CountedScreeningRetentionTests
{
    [Theory]
    [InlineData(72, 30 * 24, 30 * 24)] // the defaults: the handled-message horizon is the longer
    [InlineData(72, 1, 72)] // a window longer than the handled-message horizon
    [InlineData(24, 24, 24)]
    public void Kept_for_the_longer_of_the_retro_window_and_the_handled_message_horizon(int windowHours, int handledHours,
        int expectedHours)
    {
        var retro = new RetroSettings(TimeSpan.FromHours(windowHours));
        var retention = new RetentionSettings(TimeSpan.FromMinutes(10), 1_000, TimeSpan.FromHours(handledHours), TimeSpan.FromDays(7));

        var rule = CountedScreeningRetention.Of(retro, retention);

        Assert.Equal(TimeSpan.FromHours(expectedHours), rule.Horizon);
        Assert.Equal(CountedScreeningRetention.Name, rule.Name);
    }
}
