using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Watchlist.Tests.Integration.Alerts;
using Watchlist.Tests.Integration.GraphQL;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Governance;

/// <summary>
/// Governance through the gateway's GraphQL: list policies owned by the token's agency, the impact dry run, and the access log
/// for auditors with X-Purpose, each answered by the same REST call (and the same rules) as the REST clients get.
/// </summary>
public sealed class GovernanceGraphQLTests(PlatformTest<GovernanceGraphQLTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<GovernanceGraphQLTests>(fixture, rabbit)
{
    private HttpClient Admin(string agency = "VN-MPS") => Platform.Client("admin", agency, subject: $"admin-gql-{agency}");

    private HttpClient Auditor(string? purpose)
    {
        var client = Platform.Client("auditor", "VN-MPS", subject: "auditor-gql");
        if (purpose is not null) client.DefaultRequestHeaders.Add("X-Purpose", purpose);
        return client;
    }

    private const string SetPolicy = """
        mutation ($list: String!, $version: Int, $days: Int) {
          setListPolicy(list: $list, fourEyes: true, reviewEveryDays: $days, reason: "agency rule 7", expectedVersion: $version) {
            list ownerAgency fourEyes reviewEveryDays autoSuspendOverdueDays version changedBy reason
          }
        }
        """;

    [Fact]
    public async Task Admins_set_and_read_their_own_agencys_list_policies()
    {
        var list = $"gql-{Guid.NewGuid():N}"[..20];
        var created = (await Admin().GraphQLAsync(SetPolicy, new { list, days = 365 })).Ok().GetProperty("setListPolicy");
        Assert.Equal(("VN-MPS", true, 365, 1, "admin-gql-VN-MPS"), (created.GetProperty("ownerAgency").GetString(),
            created.GetProperty("fourEyes").GetBoolean(), created.GetProperty("reviewEveryDays").GetInt32(),
            created.GetProperty("version").GetInt32(), created.GetProperty("changedBy").GetString()));
        Assert.Equal(JsonValueKind.Null, created.GetProperty("autoSuspendOverdueDays").ValueKind);

        // A later change needs the version it was made against, as If-Match does in REST.
        Assert.NotEmpty((await Admin().GraphQLAsync(SetPolicy, new { list, days = 180 })).Errors);
        Assert.NotEmpty((await Admin().GraphQLAsync(SetPolicy, new { list, version = 7, days = 180 })).Errors);
        var changed = (await Admin().GraphQLAsync(SetPolicy, new { list, version = 1, days = 180 })).Ok().GetProperty("setListPolicy");
        Assert.Equal((2, 180), (changed.GetProperty("version").GetInt32(), changed.GetProperty("reviewEveryDays").GetInt32()));

        const string Read = "query ($list: String!) { listPolicy(list: $list) { version reviewEveryDays } " +
            "listPolicies(first: 200) { items { list } nextCursor } }";
        var ours = (await Admin().GraphQLAsync(Read, new { list })).Ok();
        Assert.Equal(180, ours.GetProperty("listPolicy").GetProperty("reviewEveryDays").GetInt32());
        Assert.Contains(ours.GetProperty("listPolicies").GetProperty("items").EnumerateArray(),
            p => p.GetProperty("list").GetString() == list);
        // Another agency has no policy of that name: it sees none of ours.
        var theirs = (await Admin("KH-GDI").GraphQLAsync(Read, new { list })).Ok();
        Assert.Equal(JsonValueKind.Null, theirs.GetProperty("listPolicy").ValueKind);
        Assert.DoesNotContain(theirs.GetProperty("listPolicies").GetProperty("items").EnumerateArray(),
            p => p.GetProperty("list").GetString() == list);
        Assert.Equal("FORBIDDEN", (await Platform.Client("officer").GraphQLAsync(SetPolicy, new { list = "officer-list" })).Code);
    }

    [Fact]
    public async Task The_impact_dry_run_counts_recorded_crossings_without_naming_anyone()
    {
        var name = $"Pham {AlertFlows.RandomSurname()}";
        var officer = Platform.Client("officer", "VN-MPS", subject: "officer-gql");
        var screened = await officer.PostAsJsonAsync("/api/screenings", new
        {
            traveller = new { name }, context = new { borderPost = "VN-NBA", direction = "ENTRY" },
        });
        Assert.Equal(HttpStatusCode.OK, screened.StatusCode);
        const string Impact = """
            query ($name: String!) {
              impact(entry: { kind: PERSON, names: [{ value: $name, type: PRIMARY }], category: HUMAN_TRAFFICKING, action: ARREST,
                              releasableTo: ["*"] }) {
                crossings byBand { band crossings } byPlace { borderPost band crossings } observations
              }
            }
            """;

        var impact = await Eventually.Until(async () => (await Admin().GraphQLAsync(Impact, new { name })).Ok().GetProperty("impact"),
            i => i.GetProperty("crossings").GetInt32() >= 1, "the crossing to reach the retro window");
        Assert.Contains(impact.GetProperty("byPlace").EnumerateArray(), p => p.GetProperty("borderPost").GetString() == "VN-NBA");
        Assert.Equal(impact.GetProperty("crossings").GetInt32(),
            impact.GetProperty("byBand").EnumerateArray().Sum(b => b.GetProperty("crossings").GetInt32()));
        Assert.DoesNotContain(name, impact.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("FORBIDDEN", (await officer.GraphQLAsync(Impact, new { name })).Code);
    }

    [Fact]
    public async Task Auditors_read_the_access_log_with_a_purpose_and_the_read_is_logged_with_it()
    {
        var officer = Platform.Client("officer", "VN-MPS", subject: "officer-gql-log");
        var screened = await officer.PostAsJsonAsync("/api/screenings", new
        {
            traveller = new { name = "TRAN GQL LOG" }, context = new { borderPost = "VN-LOG", direction = "ENTRY" },
        });
        var id = (await screened.Json()).GetProperty("screeningId").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await Auditor("case 77").GetAsync($"/api/screenings/{id}")).StatusCode);
        const string Log = """
            query ($resource: String) { accessLog(resource: $resource, first: 50) { items { subject agency resource purpose } nextCursor } }
            """;

        Assert.NotEmpty((await Auditor(null).GraphQLAsync(Log, new { resource = $"screening:{id}" })).Errors);
        var reads = (await Auditor("annual audit").GraphQLAsync(Log, new { resource = $"screening:{id}" })).Ok()
            .GetProperty("accessLog").GetProperty("items").EnumerateArray().ToList();
        var read = Assert.Single(reads);
        Assert.Equal(("auditor-gql", "VN-MPS", "case 77"), (read.GetProperty("subject").GetString(), read.GetProperty("agency").GetString(),
            read.GetProperty("purpose").GetString()));
        // Reading the log through GraphQL is logged too, with the purpose the GraphQL request carried.
        var logReads = (await Auditor("annual audit").GraphQLAsync(Log, new { resource = "access-log" })).Ok()
            .GetProperty("accessLog").GetProperty("items").EnumerateArray();
        Assert.Contains(logReads, r => r.GetProperty("purpose").GetString() == "annual audit");
        var admin = Admin();
        admin.DefaultRequestHeaders.Add("X-Purpose", "curious");
        Assert.Equal("FORBIDDEN", (await admin.GraphQLAsync(Log, new { resource = "access-log" })).Code);
    }
}
