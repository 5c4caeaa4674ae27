using System.Net;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Alerts;

/// <summary>SLA escalation from stored deadlines: it happens without anyone acting, stops at acknowledgement, and survives a
/// restart.</summary>
[AlertsSetting("Alerts:Sla:CRITICAL", "00:00:02")]
[AlertsSetting("Alerts:Sla:SweepInterval", "00:00:00.200")]
[AlertsSetting("Alerts:Sla:MaxLevel", "2")]
public sealed class AlertEscalationTests(PlatformTest<AlertEscalationTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<AlertEscalationTests>(fixture, rabbit)
{
    private async Task<(Guid EntryId, Guid AlertId)> RaiseAsync(string name)
    {
        var passport = AlertFlows.NewPassport();
        var (entryId, _) = await Platform.ListAsync(AlertFlows.Person(name, passport));
        await Platform.ScreenHitAsync(AlertFlows.Traveller(name, passport), entryId);
        var alerts = await Platform.AlertsUntilAsync(entryId, a => a.Length == 1, "the alert");
        return (entryId, alerts[0].Id());
    }

    [Fact]
    public async Task An_unacknowledged_alert_escalates_level_by_level_at_its_deadlines_and_then_stops()
    {
        var (entryId, id) = await RaiseAsync("Chu Văn An");

        var level1 = await Eventually.Until(() => Platform.AlertAsync(id),
            a => a.GetProperty("escalationLevel").GetInt32() == 1, "the first escalation", TimeSpan.FromSeconds(10));
        Assert.Equal("ESCALATED", level1.Str("status"));
        var level2 = await Eventually.Until(() => Platform.AlertAsync(id),
            a => a.GetProperty("escalationLevel").GetInt32() == 2, "the second escalation", TimeSpan.FromSeconds(10));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, level2.GetProperty("slaDeadline").ValueKind); // MaxLevel 2 reached

        await Task.Delay(2500);
        var history = (await (await Platform.CommandCentre().GetAsync($"/api/alerts/{id}/history")).Json()).EnumerateArray().ToList();
        var escalations = history.Where(h => h.Str("type") == "ESCALATED").ToList();
        Assert.Equal(2, escalations.Count); // exactly once per level, never twice
        Assert.All(escalations, e => Assert.Equal("system:sla", e.Str("actor")));
        Assert.All(escalations, e => Assert.True(e.GetProperty("details").GetProperty("automatic").GetBoolean()));
        Assert.Single(await Platform.AlertsOfAsync(entryId, query: "&status=ESCALATED"));
    }

    [Fact]
    public async Task An_acknowledged_alert_is_not_escalated()
    {
        var (_, id) = await RaiseAsync("Tô Hiến Thành");
        var acknowledged = await Platform.CommandCentre().WorkAsync(id, "acknowledge", 1);
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);

        await Task.Delay(3000);
        var alert = await Platform.AlertAsync(id);
        Assert.Equal("ACKNOWLEDGED", alert.Str("status"));
        Assert.Equal(0, alert.GetProperty("escalationLevel").GetInt32());
    }

    [Fact]
    public async Task A_deadline_that_passes_while_the_alerts_service_is_down_escalates_once_it_is_back()
    {
        var (_, id) = await RaiseAsync("Lê Lợi");
        await Platform.Alerts.DisposeAsync();
        await Task.Delay(2500);
        Platform.StartAlerts(Rabbit);

        var escalated = await Eventually.Until(() => Platform.AlertAsync(id),
            a => a.GetProperty("escalationLevel").GetInt32() >= 1, "escalation after the restart", TimeSpan.FromSeconds(10));
        Assert.Equal("ESCALATED", escalated.Str("status"));
    }
}
