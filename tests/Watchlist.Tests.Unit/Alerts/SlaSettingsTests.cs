using Microsoft.Extensions.Configuration;
using Watchlist.Alerts.Alerts;
using Watchlist.Alerts.Sla;

namespace Watchlist.Tests.Unit.Alerts;

public sealed class SlaSettingsTests
{
    private static SlaSettings From(Dictionary<string, string?> values) =>
        SlaSettings.From(new ConfigurationBuilder().AddInMemoryCollection(values).Build());

    [Fact]
    public void The_defaults_are_one_five_thirty_minutes_and_four_hours()
    {
        var sla = From([]);
        Assert.Equal(TimeSpan.FromMinutes(1), sla.Deadlines[AlertSeverity.Critical]);
        Assert.Equal(TimeSpan.FromMinutes(5), sla.Deadlines[AlertSeverity.High]);
        Assert.Equal(TimeSpan.FromMinutes(30), sla.Deadlines[AlertSeverity.Medium]);
        Assert.Equal(TimeSpan.FromHours(4), sla.Deadlines[AlertSeverity.Low]);
        Assert.Equal(3, sla.MaxLevel);
    }

    [Fact]
    public void Configuration_overrides_a_severity_by_its_api_name()
    {
        var sla = From(new() { ["Alerts:Sla:HIGH"] = "00:00:10" });
        var now = DateTimeOffset.UnixEpoch;
        Assert.Equal(now.AddSeconds(10), sla.DeadlineFrom(now, AlertSeverity.High));
        Assert.Equal(now.AddMinutes(1), sla.DeadlineFrom(now, AlertSeverity.Critical));
    }

    [Fact]
    public void A_deadline_that_is_not_a_positive_time_span_stops_the_host_with_a_clear_message()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => From(new() { ["Alerts:Sla:LOW"] = "soon" }));
        Assert.Contains("Alerts:Sla:LOW", refused.Message);
    }
}
