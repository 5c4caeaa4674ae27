using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Watchlist.Tests.Integration.Infrastructure;
using Watchlist.WatchlistService.Governance.Review;
using static Watchlist.Tests.Integration.Infrastructure.HttpJson;

namespace Watchlist.Tests.Integration.Governance;

/// <summary>Review dates set by list policies, the reviewDue listing, and suspension of entries overdue too long.</summary>
public sealed class ReviewDueTests(PlatformTest<ReviewDueTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<ReviewDueTests>(fixture, rabbit)
{
    private HttpClient Admin => Platform.Client("admin", "VN-MPS", subject: "admin-review");
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private async Task Policy(string list, object terms, HttpClient? client = null) =>
        Assert.Equal(HttpStatusCode.Created,
            (await (client ?? Admin).SendAsync(WithIfMatch(HttpMethod.Put, $"/api/lists/{list}", null, terms))).StatusCode);

    private async Task<JsonElement> ListAsync(string name, string list, string? reviewBy = null, HttpClient? client = null)
    {
        var response = await (client ?? Admin).PostAsJsonAsync("/api/entries", new
        {
            kind = "PERSON", names = new[] { new { value = name, type = "PRIMARY" } }, lists = new[] { list },
            category = "WANTED", action = "INFORM", releasableTo = new[] { "*" }, reviewBy,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Json();
    }

    private async Task<string[]> DueNames(string query) =>
        [.. (await (await Admin.GetAsync($"/api/entries?{query}")).Json()).GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("names")[0].GetProperty("value").GetString()!)];

    [Fact]
    public async Task The_policy_sets_review_dates_and_review_due_lists_overdue_entries_oldest_first()
    {
        await Policy("review-list", new { reviewEveryDays = 30 });
        var fresh = await ListAsync("Fresh Entry", "review-list");
        var old = await ListAsync("Old Entry", "review-list", reviewBy: "2020-01-01");
        var older = await ListAsync("Older Entry", "review-list", reviewBy: "2019-06-01");
        var late = await ListAsync("Late Entry", "review-list", reviewBy: Today.AddDays(90).ToString("yyyy-MM-dd"));

        Assert.Equal(Today.AddDays(30).ToString("yyyy-MM-dd"), fresh.GetProperty("reviewBy").GetString());
        Assert.Equal(Today.AddDays(30).ToString("yyyy-MM-dd"), late.GetProperty("reviewBy").GetString()); // never later than policy
        Assert.False(fresh.GetProperty("reviewOverdue").GetBoolean());
        Assert.True(old.GetProperty("reviewOverdue").GetBoolean());
        Assert.Equal(["Older Entry", "Old Entry"], await DueNames("reviewDue=true&list=review-list"));
        Assert.Equal(["Older Entry", "Old Entry", "Fresh Entry", "Late Entry"],
            await DueNames("reviewDue=true&list=review-list&withinDays=31"));
        Assert.Equal(["Older Entry"], await DueNames("reviewDue=true&list=review-list&limit=1"));

        // A review without a date gets the policy's next one, and the entry is no longer due.
        var reviewed = await Admin.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/entries/{old.GetProperty("id").GetGuid()}/review", 1,
            new { reason = "still wanted" }));
        Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        Assert.Equal(Today.AddDays(30).ToString("yyyy-MM-dd"), (await reviewed.Json()).GetProperty("reviewBy").GetString());
        Assert.Equal(["Older Entry"], await DueNames("reviewDue=true&list=review-list"));
        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.GetAsync("/api/entries?reviewDue=true&withinDays=-1")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.GetAsync("/api/entries?reviewDue=maybe")).StatusCode);
    }

    [Fact]
    public async Task Entries_overdue_longer_than_the_policy_allows_are_suspended_by_the_system_and_no_others()
    {
        await Policy("suspend-list", new { reviewEveryDays = 30, autoSuspendOverdueDays = 10 });
        var longOverdue = (await ListAsync("Long Overdue", "suspend-list", reviewBy: "2020-01-01")).GetProperty("id").GetGuid();
        var briefly = (await ListAsync("Briefly Overdue", "suspend-list", reviewBy: Today.AddDays(-5).ToString("yyyy-MM-dd")))
            .GetProperty("id").GetGuid();
        // Another agency's entry on a list of the same name: our policy does not govern it.
        var other = Platform.Client("admin", "KH-GDI", subject: "admin-kh");
        var theirs = (await ListAsync("Their Overdue", "suspend-list", reviewBy: "2020-01-01", client: other)).GetProperty("id").GetGuid();

        // The sweep reads the stored deadlines; the background sweeper may have run it already, so the outcome is what counts.
        await Platform.Watchlist.Services.GetRequiredService<OverdueSuspensions>().SweepAsync(CancellationToken.None);

        async Task<string> Status(Guid id, HttpClient client) =>
            (await (await client.GetAsync($"/api/entries/{id}")).Json()).GetProperty("status").GetString()!;
        Assert.Equal("SUSPENDED", await Status(longOverdue, Admin));
        Assert.Equal("ACTIVE", await Status(briefly, Admin));
        Assert.Equal("ACTIVE", await Status(theirs, other));
        var history = await (await Admin.GetAsync($"/api/entries/{longOverdue}/history")).Json();
        var suspension = history[history.GetArrayLength() - 1];
        Assert.Equal("SUSPENDED", suspension.GetProperty("type").GetString());
        Assert.Equal("system", suspension.GetProperty("actor").GetString());
        Assert.Contains("2020-01-01", suspension.GetProperty("reason").GetString());
        Assert.Equal(0, await Platform.Watchlist.Services.GetRequiredService<OverdueSuspensions>().SweepAsync(CancellationToken.None));
    }
}
