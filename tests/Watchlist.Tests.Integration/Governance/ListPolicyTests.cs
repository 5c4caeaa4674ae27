using System.Net;
using System.Net.Http.Json;
using System.Text;
using Watchlist.Tests.Integration.Infrastructure;
using static Watchlist.Tests.Integration.Infrastructure.HttpJson;

namespace Watchlist.Tests.Integration.Governance;

/// <summary>List policies through the gateway: each agency's own, event-sourced, changed with If-Match, hostile input refused.</summary>
public sealed class ListPolicyTests(PlatformTest<ListPolicyTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<ListPolicyTests>(fixture, rabbit)
{
    private HttpClient Admin => Platform.Client("admin", "VN-MPS", subject: "admin-lan");

    private Task<HttpResponseMessage> Put(string list, object body, int? version = null, HttpClient? client = null) =>
        (client ?? Admin).SendAsync(WithIfMatch(HttpMethod.Put, $"/api/lists/{list}", version, body));

    [Fact]
    public async Task A_policy_is_created_read_changed_with_if_match_and_keeps_who_changed_it_and_why()
    {
        var created = await Put("policy-a", new { fourEyes = true, reviewEveryDays = 365, reason = "decision 12/2026" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);

        var read = await (await Admin.GetAsync("/api/lists/policy-a")).Json();
        Assert.True(read.GetProperty("fourEyes").GetBoolean());
        Assert.Equal(365, read.GetProperty("reviewEveryDays").GetInt32());
        Assert.Equal("VN-MPS", read.GetProperty("ownerAgency").GetString());
        Assert.Equal("admin-lan", read.GetProperty("changedBy").GetString());

        // The same terms again (a retry) change nothing; other terms without If-Match are refused, with it they apply.
        var retried = await Put("policy-a", new { fourEyes = true, reviewEveryDays = 365 });
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal("\"1\"", retried.Headers.ETag?.Tag);
        Assert.Equal((HttpStatusCode)428, (await Put("policy-a", new { fourEyes = false })).StatusCode);
        Assert.Equal((HttpStatusCode)412, (await Put("policy-a", new { fourEyes = false }, version: 7)).StatusCode);
        var changed = await Put("policy-a", new { fourEyes = false, reviewEveryDays = 180, reason = "relaxed" }, version: 1);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("\"2\"", changed.Headers.ETag?.Tag);

        var history = await (await Platform.Client("auditor").GetAsync("/api/lists/policy-a/history")).Json();
        Assert.Equal(2, history.GetArrayLength());
        Assert.Equal("decision 12/2026", history[0].GetProperty("reason").GetString());
        Assert.True(history[0].GetProperty("fourEyes").GetBoolean());
        Assert.Equal("relaxed", history[1].GetProperty("reason").GetString());
        Assert.Equal(180, history[1].GetProperty("reviewEveryDays").GetInt32());
        Assert.Equal("admin-lan", history[1].GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Another_agency_neither_sees_nor_changes_a_policy_and_sets_its_own_for_the_same_list()
    {
        Assert.Equal(HttpStatusCode.Created, (await Put("policy-b", new { fourEyes = true })).StatusCode);
        var other = Platform.Client("admin", "KH-GDI");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/api/lists/policy-b")).StatusCode);
        var theirs = await (await other.GetAsync("/api/lists")).Json();
        Assert.DoesNotContain(theirs.GetProperty("items").EnumerateArray(), p => p.GetProperty("list").GetString() == "policy-b");
        // Their PUT is their own policy for the name, owned by them; ours is untouched.
        var own = await Put("policy-b", new { fourEyes = false, reviewEveryDays = 30 }, client: other);
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Equal("KH-GDI", (await own.Json()).GetProperty("ownerAgency").GetString());
        Assert.True((await (await Admin.GetAsync("/api/lists/policy-b")).Json()).GetProperty("fourEyes").GetBoolean());
        var ours = await (await Admin.GetAsync("/api/lists")).Json();
        Assert.Contains(ours.GetProperty("items").EnumerateArray(), p => p.GetProperty("list").GetString() == "policy-b");
    }

    [Fact]
    public async Task Only_admins_set_policies_and_auditors_read_them()
    {
        var policy = new { fourEyes = true };
        Assert.Equal(HttpStatusCode.Forbidden, (await Put("policy-c", policy, client: Platform.Client("officer"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Put("policy-c", policy, client: Platform.Client("auditor"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Put("policy-c", policy, client: Platform.Client(null))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Put("policy-c", new { fourEyes = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Platform.Client("auditor").GetAsync("/api/lists/policy-c")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Platform.Client("officer").GetAsync("/api/lists/policy-c")).StatusCode);
    }

    [Theory]
    [InlineData("{\"reviewEveryDays\": 0}")]
    [InlineData("{\"autoSuspendOverdueDays\": 30}")]
    [InlineData("{\"fourEyes\": \"yes\"}")]
    [InlineData("{\"reason\": \"nul\\u0000here\"}")]
    [InlineData("{\"reason\": \"\\ud800x\"}")]
    [InlineData("[1, 2]")]
    [InlineData("")]
    public async Task Invalid_bodies_are_a_400_problem_and_store_nothing(string body)
    {
        var response = await Admin.PutAsync("/api/lists/policy-bad", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync("/api/lists/policy-bad")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_charset_is_a_415()
    {
        var content = new StringContent("{\"fourEyes\": true}", Encoding.UTF8);
        content.Headers.ContentType = new("application/json") { CharSet = "x-klingon" };
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Admin.PutAsync("/api/lists/policy-d", content)).StatusCode);
    }
}
