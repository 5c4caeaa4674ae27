using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using MassTransit;
using Watchlist.Contracts.Alerts;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Alerts;

/// <summary>A hit becomes one alert, worked to an outcome through the gateway, under If-Match, seen only by its audience (see
/// CrossAgencyAlertTests).</summary>
public sealed class AlertLifecycleTests(PlatformTest<AlertLifecycleTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<AlertLifecycleTests>(fixture, rabbit)
{
    private async Task<(Guid EntryId, JsonElement Alert, Guid ScreeningId)> RaiseAsync(
        string name, string[]? releasableTo = null, string borderPost = "VN-TSN")
    {
        var passport = AlertFlows.NewPassport();
        var (entryId, _) = await Platform.ListAsync(AlertFlows.Person(name, passport, releasableTo));
        var screeningId = await Platform.ScreenHitAsync(AlertFlows.Traveller(name, passport), entryId, borderPost);
        var alerts = await Platform.AlertsUntilAsync(entryId, a => a.Length > 0, "the alert to be raised");
        await Task.Delay(200);
        return (entryId, Assert.Single(await Platform.AlertsOfAsync(entryId)), screeningId);
    }

    [Fact]
    public async Task A_screening_hit_raises_one_open_alert_with_the_traveller_as_screened()
    {
        var (entryId, alert, screeningId) = await RaiseAsync("Phạm Minh Tuấn");

        Assert.Equal("OPEN", alert.Str("status"));
        Assert.Equal(1, alert.Version());
        Assert.Equal("CRITICAL", alert.Str("severity")); // ARREST, MATCH band
        Assert.Equal(entryId, alert.GetProperty("entryId").GetGuid());
        Assert.Equal("Phạm Minh Tuấn", alert.Str("entryName"));
        Assert.Equal("ARREST", alert.Str("action"));
        Assert.Equal("VN-TSN", alert.Str("borderPost"));
        Assert.Equal("Phạm Minh Tuấn", alert.GetProperty("traveller").GetProperty("names")[0].GetString());
        Assert.Equal([screeningId], alert.GetProperty("screeningIds").EnumerateArray().Select(s => s.GetGuid()));
        Assert.Equal(1, alert.GetProperty("hitCount").GetInt32());
        Assert.False(alert.GetProperty("retro").GetBoolean());
        var raisedAt = alert.GetProperty("raisedAt").GetDateTimeOffset();
        Assert.Equal(TimeSpan.FromMinutes(1), alert.GetProperty("slaDeadline").GetDateTimeOffset() - raisedAt); // the CRITICAL default
        Assert.Equal(JsonValueKind.Null, alert.GetProperty("acknowledgedBy").ValueKind);

        var one = await Platform.CommandCentre().GetAsync($"/api/alerts/{alert.Id()}");
        Assert.Equal("\"1\"", one.Headers.ETag?.Tag);
        var history = await (await Platform.CommandCentre().GetAsync($"/api/alerts/{alert.Id()}/history")).Json();
        var raised = Assert.Single(history.EnumerateArray());
        Assert.Equal("RAISED", raised.Str("type"));
        Assert.Equal("officer-1", raised.Str("actor"));
        Assert.Equal("VN-MPS", raised.Str("agency"));
    }

    [Fact]
    public async Task Repeated_hits_of_one_traveller_at_one_post_count_on_one_alert_even_when_concurrent()
    {
        var passport = AlertFlows.NewPassport();
        var (entryId, _) = await Platform.ListAsync(AlertFlows.Person("Võ Thị Sáu", passport));
        var traveller = AlertFlows.Traveller("VO THI SAU", passport);
        var first = await Platform.ScreenHitAsync(traveller, entryId);
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Platform.ScreenHitAsync(traveller, entryId)));

        var alerts = await Platform.AlertsUntilAsync(
            entryId, a => a.Length == 1 && a[0].GetProperty("hitCount").GetInt32() == 7, "seven hits on one alert");
        var ids = alerts[0].GetProperty("screeningIds").EnumerateArray().Select(s => s.GetGuid()).ToHashSet();
        Assert.True(ids.SetEquals(concurrent.Append(first)));
        var history = await (await Platform.CommandCentre().GetAsync($"/api/alerts/{alerts[0].Id()}/history")).Json();
        Assert.Equal(6, history.EnumerateArray().Count(h => h.Str("type") == "HIT_REPEATED"));

        // Another border post is another alert.
        await Platform.ScreenHitAsync(traveller, entryId, borderPost: "KH-BVT");
        alerts = await Platform.AlertsUntilAsync(entryId, a => a.Length == 2, "a second alert for the second post");
        Assert.Equal(["KH-BVT", "VN-TSN"], alerts.Select(a => a.Str("borderPost")));
        Assert.Single(await Platform.AlertsOfAsync(entryId, query: "&borderPost=KH-BVT"));
    }

    [Fact]
    public async Task An_alert_is_worked_to_an_outcome_under_If_Match_with_every_change_in_its_history()
    {
        var (_, alert, _) = await RaiseAsync("Hoàng Văn Thái");
        var cc = Platform.CommandCentre(subject: "cc-duty");
        var id = alert.Id();

        Assert.Equal(428, (int)(await cc.WorkAsync(id, "acknowledge", null)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await cc.WorkAsync(id, "acknowledge", 5)).StatusCode);

        var acknowledged = await cc.WorkAsync(id, "acknowledge", 1);
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        Assert.Equal("\"2\"", acknowledged.Headers.ETag?.Tag);
        var body = await acknowledged.Json();
        Assert.Equal("ACKNOWLEDGED", body.Str("status"));
        Assert.Equal("cc-duty", body.Str("acknowledgedBy"));
        Assert.Equal(JsonValueKind.Null, body.GetProperty("slaDeadline").ValueKind);

        var again = await cc.WorkAsync(id, "acknowledge", 2);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already acknowledged by cc-duty", (await again.Json()).Str("detail"));

        Assert.Equal(HttpStatusCode.BadRequest, (await cc.WorkAsync(id, "assign", 2, new { assignee = " " })).StatusCode);
        Assert.Equal("cc-7", (await (await cc.WorkAsync(id, "assign", 2, new { assignee = "cc-7" })).Json()).Str("assignee"));
        Assert.Equal(HttpStatusCode.OK, (await cc.WorkAsync(id, "comment", 3, new { text = "Passenger held at gate 4." })).StatusCode);
        var escalated = await (await cc.WorkAsync(id, "escalate", 4, new { reason = "Needs the duty commander." })).Json();
        Assert.Equal("ESCALATED", escalated.Str("status"));
        Assert.Equal(1, escalated.GetProperty("escalationLevel").GetInt32());

        var noOutcome = await cc.WorkAsync(id, "resolve", 5, new { note = "done" });
        Assert.Equal(HttpStatusCode.BadRequest, noOutcome.StatusCode);
        Assert.True((await noOutcome.Json()).GetProperty("errors").TryGetProperty("outcome", out _));
        var resolved = await (await cc.WorkAsync(id, "resolve", 5, new { outcome = "ACTION_TAKEN", note = "Handed to police." })).Json();
        Assert.Equal("RESOLVED", resolved.Str("status"));
        Assert.Equal("ACTION_TAKEN", resolved.Str("outcome"));
        Assert.NotEqual(JsonValueKind.Null, resolved.GetProperty("resolvedAt").ValueKind);
        Assert.Equal(HttpStatusCode.Conflict, (await cc.WorkAsync(id, "escalate", 6, new { reason = "x" })).StatusCode);

        var reopened = await (await cc.WorkAsync(id, "reopen", 6, new { reason = "Wrong passenger held." })).Json();
        Assert.Equal("OPEN", reopened.Str("status"));
        Assert.Equal(7, reopened.Version());

        var history = (await (await cc.GetAsync($"/api/alerts/{id}/history")).Json()).EnumerateArray().ToList();
        Assert.Equal(
            ["RAISED", "ACKNOWLEDGED", "ASSIGNED", "COMMENTED", "ESCALATED", "RESOLVED", "REOPENED"], history.Select(h => h.Str("type")));
        Assert.All(history.Skip(1), h => Assert.Equal("cc-duty", h.Str("actor")));
        Assert.Equal("ACTION_TAKEN", history[5].GetProperty("details").Str("outcome"));
        Assert.Equal(Enumerable.Range(1, 7), history.Select(h => h.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task Of_an_acknowledgement_and_a_resolution_at_the_same_version_exactly_one_wins()
    {
        for (var round = 0; round < 3; round++)
        {
            var (_, alert, _) = await RaiseAsync(new[] { "Trịnh Công Sơn", "Ngô Bảo Châu", "Đoàn Thị Điểm" }[round]);
            var results = await Task.WhenAll(
                Platform.CommandCentre(subject: "cc-a").WorkAsync(alert.Id(), "acknowledge", 1),
                Platform.CommandCentre(subject: "cc-b").WorkAsync(alert.Id(), "resolve", 1, new { outcome = "NO_ACTION" }));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], results.Select(r => r.StatusCode).Order());
            var now = await Platform.AlertAsync(alert.Id());
            Assert.Equal(2, now.Version());
        }
    }

    [Fact]
    public async Task An_agency_the_entry_is_not_released_to_never_sees_its_alert()
    {
        var (entryId, alert, _) = await RaiseAsync("Lý Thường Kiệt", releasableTo: ["VN-MPS"]);
        var other = Platform.CommandCentre(agency: "TH-RTP", subject: "cc-th");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/alerts/{alert.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/alerts/{alert.Id()}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.WorkAsync(alert.Id(), "acknowledge", 1)).StatusCode);
        Assert.Empty(await Platform.AlertsOfAsync(entryId, agency: "TH-RTP"));
        Assert.Single(await Platform.AlertsOfAsync(entryId, agency: "VN-MPS"));
    }

    [Fact]
    public async Task Only_command_centres_and_admins_work_alerts()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await Platform.Client("officer").GetAsync("/api/alerts")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Platform.Client(null).GetAsync("/api/alerts")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Platform.Client("admin").GetAsync("/api/alerts")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Platform.CommandCentre().GetAsync("/api/alerts?status=DONE")).StatusCode);
    }

    [Fact]
    public async Task The_alerts_api_is_described_in_the_gateways_swagger()
    {
        var document = await (await Platform.Client(null).GetAsync("/swagger/alerts/swagger.json")).Json();
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject()).Select(o => o.Value.GetProperty("operationId").GetString()).ToHashSet();
        Assert.Superset(
            new HashSet<string?> { "listAlerts", "getAlert", "getAlertHistory", "acknowledgeAlert", "assignAlert", "escalateAlert",
            "commentOnAlert", "resolveAlert", "reopenAlert", "listFalsePositives", "endFalsePositive" }, operations);
    }

    [Fact]
    public async Task Alerts_are_listed_newest_first_in_pages_with_filters()
    {
        var passport = AlertFlows.NewPassport();
        var (entryId, _) = await Platform.ListAsync(AlertFlows.Person("Nguyễn Trãi", passport));
        foreach (var post in new[] { "VN-P1", "VN-P2", "VN-P3" })
            await Platform.ScreenHitAsync(AlertFlows.Traveller("NGUYEN TRAI", passport), entryId, post);
        await Platform.AlertsUntilAsync(entryId, a => a.Length == 3, "three alerts");

        var cc = Platform.CommandCentre();
        var first = await (await cc.GetAsync($"/api/alerts?entryId={entryId}&limit=2")).Json();
        var second = await (await cc.GetAsync($"/api/alerts?entryId={entryId}&limit=2&cursor={first.Str("nextCursor")}")).Json();
        var posts = first.GetProperty("items").EnumerateArray()
            .Concat(second.GetProperty("items").EnumerateArray())
            .Select(a => a.Str("borderPost")).ToList();
        Assert.Equal(["VN-P3", "VN-P2", "VN-P1"], posts);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.Empty(await Platform.AlertsOfAsync(entryId, query: "&status=RESOLVED"));
        Assert.Equal(3, (await Platform.AlertsOfAsync(entryId, query: "&severity=CRITICAL&status=OPEN")).Length);
        Assert.Equal(2, (await Platform.AlertsOfAsync(entryId, query: "&borderPost=VN-P1&borderPost=VN-P3")).Length);
        Assert.Equal(3, (await Platform.AlertsOfAsync(entryId, query: "&list=trafficking-suspects&minSeverity=HIGH")).Length);
        Assert.Empty(await Platform.AlertsOfAsync(entryId, query: "&list=other-list"));
    }

    [Fact]
    public async Task Raising_and_changing_an_alert_are_published_as_AlertRaised_and_AlertChanged()
    {
        var seen = new ConcurrentQueue<object>();
        var bus = Platform.Alerts.Services.GetRequiredService<IBus>();
        var probe = bus.ConnectReceiveEndpoint($"t-alertlifecycletests-probe-{Guid.NewGuid():N}", cfg =>
        {
            if (cfg is IRabbitMqReceiveEndpointConfigurator rabbit) rabbit.AutoDelete = true;
            cfg.Handler<AlertRaised>(ctx => { seen.Enqueue(ctx.Message); return Task.CompletedTask; });
            cfg.Handler<AlertChanged>(ctx => { seen.Enqueue(ctx.Message); return Task.CompletedTask; });
        });
        await probe.Ready;
        try
        {
            var (_, alert, _) = await RaiseAsync("Bà Triệu");
            await Platform.CommandCentre().WorkAsync(alert.Id(), "acknowledge", 1);

            var raised = await Eventually.Until(
                () => Task.FromResult(seen.OfType<AlertRaised>().FirstOrDefault(m => m.AlertId == alert.Id())),
                m => m is not null, "AlertRaised");
            var changed = await Eventually.Until(
                () => Task.FromResult(seen.OfType<AlertChanged>().FirstOrDefault(m => m.AlertId == alert.Id())),
                m => m is not null, "AlertChanged");
            Assert.Equal(("RAISED", "RAISED", 1, "OPEN", "VN-TSN", "Bà Triệu", "CRITICAL"),
                (raised!.Kind, raised.ChangeType, raised.AlertVersion, raised.Status, raised.BorderPost, raised.EntryName,
                    raised.Severity));
            Assert.Equal(
                ("CHANGED", "ACKNOWLEDGED", 2, "ACKNOWLEDGED"), (changed!.Kind, changed.ChangeType, changed.AlertVersion, changed.Status));
            Assert.Equal(["*"], raised.ReleasableTo);
            Assert.Equal("VN-MPS", raised.OwnerAgency);
            Assert.Equal(["VN-MPS"], raised.Audience!.Agencies); // listed and screened by VN-MPS: its owner and screening agency are one
        }
        finally { await probe.StopAsync(); }
    }
}
