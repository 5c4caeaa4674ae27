using System.Text.Json;
using GraphQL;
using Watchlist.Gateway.GraphQL;
using Watchlist.Tests.Integration.GraphQL;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Alerts;

/// <summary>Alerts through /graphql: the same rules as REST (roles, versions, releasability), with GraphQL error codes.</summary>
public sealed class AlertGraphQLTests(PlatformTest<AlertGraphQLTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<AlertGraphQLTests>(fixture, rabbit)
{
    private const string Fields =
        "id version status severity escalationLevel entryId entryName action category lists borderPost hitCount screeningIds raisedAt " +
        "slaDeadline acknowledgedBy assignee outcome resolvedAt retro traveller { names documents { number country } }";

    private async Task<(Guid EntryId, Guid AlertId)> RaiseAsync(string name, string[]? releasableTo = null)
    {
        var passport = AlertFlows.NewPassport();
        var (entryId, _) = await Platform.ListAsync(AlertFlows.Person(name, passport, releasableTo));
        await Platform.ScreenHitAsync(AlertFlows.Traveller(name, passport), entryId);
        var alerts = await Platform.AlertsUntilAsync(entryId, a => a.Length == 1, "the alert");
        return (entryId, alerts[0].Id());
    }

    private async Task<GraphQLAnswer> Mutate(string mutation, object variables, string subject = "cc-gql") =>
        await Platform.CommandCentre(subject: subject).GraphQLAsync(mutation, variables);

    [Fact]
    public async Task An_alert_is_read_listed_acknowledged_and_resolved_through_graphql()
    {
        var (entryId, alertId) = await RaiseAsync("Phan Bội Châu");
        var cc = Platform.CommandCentre(subject: "cc-gql");

        var alert = (await cc.GraphQLAsync(
            $"query ($id: ID!) {{ alert(id: $id) {{ {Fields} history {{ version type actor status }} }} }}", new { id = alertId }))
            .Ok().GetProperty("alert");
        Assert.Equal("OPEN", alert.Str("status"));
        Assert.Equal("CRITICAL", alert.Str("severity"));
        Assert.Equal("ARREST", alert.Str("action"));
        Assert.Equal("Phan Bội Châu", alert.GetProperty("traveller").GetProperty("names")[0].GetString());
        Assert.Equal("RAISED", alert.GetProperty("history")[0].Str("type"));

        var page = (await cc.GraphQLAsync(
            """
            query ($f: AlertFilter) { alerts(filter: $f, first: 5) { edges { cursor node { id status } } pageInfo { hasNextPage } } }
            """,
            new { f = new { status = new[] { "OPEN" }, borderPosts = new[] { "VN-TSN" }, minSeverity = "HIGH" } }))
            .Ok().GetProperty("alerts");
        Assert.Contains(page.GetProperty("edges").EnumerateArray(), e => e.GetProperty("node").GetProperty("id").GetGuid() == alertId);

        var acknowledged = (await Mutate(
            "mutation ($id: ID!, $v: Int!) { acknowledgeAlert(id: $id, expectedVersion: $v) " +
            "{ version status acknowledgedBy slaDeadline } }",
            new { id = alertId, v = 1 })).Ok().GetProperty("acknowledgeAlert");
        Assert.Equal(2, acknowledged.GetProperty("version").GetInt32());
        Assert.Equal("ACKNOWLEDGED", acknowledged.Str("status"));
        Assert.Equal("cc-gql", acknowledged.Str("acknowledgedBy"));
        Assert.Equal(JsonValueKind.Null, acknowledged.GetProperty("slaDeadline").ValueKind);

        var assigned = (await Mutate(
            "mutation ($id: ID!, $v: Int!) { assignAlert(id: $id, expectedVersion: $v, assignee: \"cc-9\") { version assignee } }",
            new { id = alertId, v = 2 })).Ok().GetProperty("assignAlert");
        Assert.Equal("cc-9", assigned.Str("assignee"));

        var resolved = (await Mutate(
            "mutation ($id: ID!, $v: Int!) { resolveAlert(id: $id, expectedVersion: $v, outcome: CONFIRMED_MATCH, note: \"Arrested.\") " +
            "{ version status outcome resolvedAt } }",
            new { id = alertId, v = 3 })).Ok().GetProperty("resolveAlert");
        Assert.Equal("RESOLVED", resolved.Str("status"));
        Assert.Equal("CONFIRMED_MATCH", resolved.Str("outcome"));

        var reopened =
            (await Mutate("mutation ($id: ID!, $v: Int!) { reopenAlert(id: $id, expectedVersion: $v, reason: \"Wrong man.\") { status } }",
            new { id = alertId, v = 4 })).Ok().GetProperty("reopenAlert");
        Assert.Equal("OPEN", reopened.Str("status"));
        var escalated = (await Mutate(
            "mutation ($id: ID!, $v: Int!) { escalateAlert(id: $id, expectedVersion: $v, reason: \"Commander.\") " +
            "{ status escalationLevel } }",
            new { id = alertId, v = 5 })).Ok().GetProperty("escalateAlert");
        Assert.Equal(1, escalated.GetProperty("escalationLevel").GetInt32());
        var commented = (await Mutate(
            "mutation ($id: ID!, $v: Int!) { commentOnAlert(id: $id, expectedVersion: $v, text: \"Called post.\") { version } }",
            new { id = alertId, v = 6 })).Ok().GetProperty("commentOnAlert");
        Assert.Equal(7, commented.GetProperty("version").GetInt32());
    }

    [Fact]
    public void The_schema_has_the_contracts_alert_queries_and_mutations()
    {
        var schema = Platform.Gateway.Services.GetRequiredService<WatchlistSchema>().Print(
            new global::GraphQL.Utilities.PrintOptions { IncludeDescriptions = false });
        Assert.Contains("alert(id: ID!): Alert\n", schema);
        Assert.Contains("alerts(filter: AlertFilter, first: Int, after: String): AlertConnection!", schema);
        Assert.Contains("acknowledgeAlert(id: ID!, expectedVersion: Int!): Alert!", schema);
        Assert.Contains("resolveAlert(id: ID!, expectedVersion: Int!, outcome: AlertOutcome!, note: String): Alert!", schema);
        Assert.Contains("FALSE_POSITIVE", schema);
    }

    [Fact]
    public async Task A_stale_version_and_an_illegal_change_are_conflicts_and_a_hidden_alert_is_null()
    {
        var (_, alertId) = await RaiseAsync("Trần Hưng Đạo", releasableTo: ["VN-MPS"]);

        var stale = await Mutate("mutation ($id: ID!) { acknowledgeAlert(id: $id, expectedVersion: 4) { version } }", new { id = alertId });
        Assert.Equal("CONFLICT", stale.Code);
        Assert.Contains("expectedVersion", Assert.Single(stale.Errors).GetProperty("message").GetString());

        (await Mutate("mutation ($id: ID!) { acknowledgeAlert(id: $id, expectedVersion: 1) { version } }", new { id = alertId })).Ok();
        var again = await Mutate("mutation ($id: ID!) { acknowledgeAlert(id: $id, expectedVersion: 2) { version } }", new { id = alertId });
        Assert.Equal("CONFLICT", again.Code);
        Assert.Contains("already acknowledged", Assert.Single(again.Errors).GetProperty("message").GetString());

        var hidden = (await Platform.CommandCentre(agency: "TH-RTP").GraphQLAsync(
            "query ($id: ID!) { alert(id: $id) { id } }", new { id = alertId })).Ok();
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("alert").ValueKind);
        var notYours = await Platform.CommandCentre(agency: "TH-RTP").GraphQLAsync(
            "mutation ($id: ID!) { resolveAlert(id: $id, expectedVersion: 2, outcome: NO_ACTION) { id } }", new { id = alertId });
        Assert.Equal("NOT_FOUND", notYours.Code);
        Assert.Equal("FORBIDDEN", (await Platform.Client("officer").GraphQLAsync("{ alerts { edges { node { id } } } }")).Code);
    }
}
