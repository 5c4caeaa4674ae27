using System.Net;
using System.Net.Http.Json;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Notifications;

/// <summary>Command centres manage their own subscriptions through the gateway; nobody else sees them.</summary>
public sealed class SubscriptionApiTests(PlatformTest<SubscriptionApiTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<SubscriptionApiTests>(fixture, rabbit)
{
    private HttpClient Centre => Platform.Client("command-centre", "VN-MPS", subject: "cc-tsn-1");
    private HttpClient Colleague => Platform.Client("command-centre", "VN-MPS", subject: "cc-tsn-2");
    private HttpClient ForeignCentre => Platform.Client("command-centre", "KH-GDI", subject: "cc-tsn-1");

    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    [Fact]
    public async Task A_created_subscription_is_readable_listed_and_deletable_by_its_owner_only()
    {
        var created = await Centre.PostAsJsonAsync("/api/subscriptions", new
        {
            name = "Tan Son Nhat, high and above",
            filter = new { borderPosts = new[] { "VN-TSN" }, minSeverity = "high", categories = new[] { "HUMAN_TRAFFICKING" } },
            webhook = new { url = "https://example.org/hooks", secret = Secret },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Json();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"/api/subscriptions/{id}", created.Headers.Location?.ToString());
        Assert.Equal("HIGH", body.GetProperty("filter").GetProperty("minSeverity").GetString());
        Assert.Equal("https://example.org/hooks", body.GetProperty("webhook").GetProperty("url").GetString());
        Assert.DoesNotContain("MfKQ9r8", body.ToString()); // the secret is write-only

        var read = await Centre.GetAsync($"/api/subscriptions/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("Tan Son Nhat, high and above", (await read.Json()).GetProperty("name").GetString());
        var listed = await (await Centre.GetAsync("/api/subscriptions")).Json();
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);

        // A colleague of the same agency, and the same subject name in another agency, see nothing.
        foreach (var other in new[] { Colleague, ForeignCentre })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/subscriptions/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/subscriptions/{id}")).StatusCode);
            var theirs = await (await other.GetAsync("/api/subscriptions")).Json();
            Assert.DoesNotContain(theirs.GetProperty("items").EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
        }

        Assert.Equal(HttpStatusCode.NoContent, (await Centre.DeleteAsync($"/api/subscriptions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Centre.GetAsync($"/api/subscriptions/{id}")).StatusCode);
    }

    [Fact]
    public async Task Invalid_subscriptions_are_refused_with_the_fields_that_are_wrong()
    {
        var response = await Centre.PostAsJsonAsync("/api/subscriptions", new
        {
            name = " ",
            filter = new { minSeverity = "URGENT", categories = new[] { "TERRORISM" }, actions = new[] { "ARREST", "shoot" } },
            webhook = new { url = "ftp://example.org", secret = "not base64!" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Json()).GetProperty("errors");
        foreach (var field in
            new[] { "name", "filter.minSeverity", "filter.categories", "filter.actions", "webhook.url", "webhook.secret" })
            Assert.True(errors.TryGetProperty(field, out _), $"expected an error for {field}: {errors}");
        Assert.Contains("shoot", errors.GetProperty("filter.actions")[0].GetString());

        var malformed = await Centre.PostAsync(
            "/api/subscriptions", new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Fact]
    public async Task Only_command_centres_may_subscribe()
    {
        var body = new { name = "x", filter = new { } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await Platform.Client(null).PostAsJsonAsync("/api/subscriptions", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Platform.Client("officer").PostAsJsonAsync("/api/subscriptions", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Platform.Client("admin").GetAsync("/api/subscriptions")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Centre.PostAsJsonAsync("/api/subscriptions", body)).StatusCode);
    }
}
