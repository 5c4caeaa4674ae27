using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Watchlist.Tests.Integration.Infrastructure;

/// <summary>Admin actions through the gateway that many tests start from.</summary>
public static class EntryFlows
{
    public static async Task<Guid> ListPersonAsync(this Platform platform, string name, string action = "ARREST")
    {
        var response = await platform.Client("admin").PostAsJsonAsync("/api/entries", new
        {
            kind = "PERSON",
            names = new[] { new { value = name, type = "PRIMARY" } },
            category = "HUMAN_TRAFFICKING",
            action,
            releasableTo = new[] { "*" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
