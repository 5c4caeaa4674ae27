using Watchlist.ServiceDefaults.Telemetry;

namespace Watchlist.Tests.Unit.Operations;

public sealed class ScrapeDemandTests
{
    [Fact]
    public void A_gauge_nobody_scraped_is_not_sampled_and_one_scraped_just_now_is()
    {
        var demand = new ScrapeDemand();
        Assert.False(demand.Wanted);
        demand.Scraped();
        Assert.True(demand.Wanted);
    }
}
