using System.Net;
using System.Net.Http.Json;
using Watchlist.Tests.Integration.Infrastructure;
using static Watchlist.Tests.Integration.Infrastructure.HttpJson;

namespace Watchlist.Tests.Integration.Governance;

/// <summary>
/// Auto-suspension survives a restart: the overdue deadline is stored with the entry, the process stops before any sweep
/// has seen it, and the next process's own sweeper (not a call from the test) suspends the entry as the system actor.
/// </summary>
[WatchlistSetting("Governance:OverdueSweepSeconds", "3600")] // one sweep as each process starts, then none within the test
public sealed class OverdueRestartTests(PlatformTest<OverdueRestartTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<OverdueRestartTests>(fixture, rabbit)
{
    private HttpClient Admin => Platform.Client("admin", "VN-MPS", subject: "admin-restart");

    private async Task<string> StatusAsync(Guid id) =>
        (await (await Admin.GetAsync($"/api/entries/{id}")).Json()).GetProperty("status").GetString()!;

    [Fact]
    public async Task An_entry_overdue_when_the_service_stops_is_suspended_by_the_system_after_the_restart()
    {
        Assert.Equal(HttpStatusCode.Created, (await Admin.SendAsync(WithIfMatch(HttpMethod.Put, "/api/lists/restart-list", null,
            new { reviewEveryDays = 30, autoSuspendOverdueDays = 10 }))).StatusCode);
        var response = await Admin.PostAsJsonAsync("/api/entries", new
        {
            kind = "PERSON", names = new[] { new { value = "Overdue Across Restart", type = "PRIMARY" } }, lists = new[] { "restart-list" },
            category = "WANTED", action = "INFORM", releasableTo = new[] { "*" }, reviewBy = "2021-03-04",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Json()).GetProperty("id").GetGuid();
        // The starting process swept before the entry existed and sleeps for an hour: nothing has suspended it yet.
        Assert.Equal("ACTIVE", await StatusAsync(id));

        await Platform.Watchlist.DisposeAsync();
        Platform.StartWatchlist(Rabbit);

        await Eventually.Until(() => StatusAsync(id), s => s == "SUSPENDED", "the restarted service's sweep to suspend the entry");
        var history = await (await Admin.GetAsync($"/api/entries/{id}/history")).Json();
        var suspension = history[history.GetArrayLength() - 1];
        Assert.Equal("SUSPENDED", suspension.GetProperty("type").GetString());
        Assert.Equal("system", suspension.GetProperty("actor").GetString());
        Assert.Contains("2021-03-04", suspension.GetProperty("reason").GetString());
        Assert.Equal(2, history.GetArrayLength()); // listed, then suspended once
    }
}
