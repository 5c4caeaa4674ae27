using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Watchlist.Tests.Integration.Alerts;
using Watchlist.Tests.Integration.GraphQL;
using Watchlist.Tests.Integration.Infrastructure;
using Watchlist.Tests.Integration.Notifications;
using static Watchlist.Tests.Integration.Alerts.CrossAgencyFlows;
using static Watchlist.Tests.Integration.Content.ContentAlertFlows;

namespace Watchlist.Tests.Integration.Content;

/// <summary>
/// A screened post that names a listed broker raises an alert through the border hits' path (API.md, content screening): routed
/// by the unit, deduplicated by entry, post and unit, remembered as a false positive, seen by the entry's owner and the screening
/// agency alone, and found again by retro-screening when the broker is listed after the post was seen.
/// </summary>
public sealed class ContentAlertTests(PlatformTest<ContentAlertTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<ContentAlertTests>(fixture, rabbit)
{
    private const string Unit = "VN-A05";

    private HttpClient Centre(string agency, string subject) => Platform.CommandCentre(agency, subject);

    [Fact]
    public async Task A_content_hit_raises_an_alert_with_its_unit_for_the_owner_and_the_screening_agency_and_no_one_else()
    {
        var (listed, written) = NewPhone();
        var (vn, kh, th) = (Centre(Vietnam, "cc-vn-content"), Centre(Cambodia, "cc-kh-content"), Centre(Thailand, "cc-th-content"));
        var unitFeed = await vn.SubscribeAsync(new { units = new[] { Unit } });
        var otherUnitFeed = await vn.SubscribeAsync(new { units = new[] { "VN-A99" } });
        var borderFeed = await vn.SubscribeAsync(new { borderPosts = new[] { "VN-TSN" } });
        var ownerFeed = await kh.SubscribeAsync(new { });
        var thirdFeed = await th.SubscribeAsync(new { });
        await using var sse = await SseClient.OpenAsync(vn, $"/api/notifications/stream?subscription={unitFeed}");
        Assert.Equal(HttpStatusCode.OK, sse.Response.StatusCode);
        await using var ws = await GraphQLWebSocket.ConnectAsync(Platform.Gateway.Address);
        await ws.InitAsync(DevTokens.Issue("command-centre", Vietnam, "cc-vn-ws"));
        await ws.ExpectAsync("connection_ack");
        await ws.SubscribeAsync("units", "subscription($f: AlertFilter) { alerts(filter: $f) { alertId kind unit borderPost } }",
            new { f = new { units = new[] { Unit } } });
        await Eventually.Until(async () => (await (await Platform.CommandCentre(Vietnam, "cc-vn-ws").GetAsync("/api/subscriptions"))
            .Json()).GetProperty("items").GetArrayLength(), n => n == 1, "the GraphQL subscription's bridged subscription");

        // Cambodia lists the broker and releases it to Vietnam and Thailand; a Vietnamese cyber unit screens the post.
        var entryId = await Platform.ListBrokerAsAsync(Cambodia, listed, releasableTo: [Cambodia, Vietnam, Thailand]);
        const string url = "https://www.facebook.com/groups/viecnhe/posts/1001";
        var screening = await Platform.ScreenPostHitAsync(Vietnam, Unit, PostNaming(written), url, entryId);

        var alert = Assert.Single(await Platform.ContentAlertsAsync(entryId, Vietnam, 1));
        Assert.Equal(Unit, alert.Str("unit"));
        Assert.Equal(JsonValueKind.Null, alert.GetProperty("borderPost").ValueKind);
        Assert.Equal(url, alert.Str("post"));
        Assert.Equal(Vietnam, alert.Str("screeningAgency"));
        Assert.False(alert.GetProperty("retro").GetBoolean());
        Assert.Contains(screening, alert.ScreeningIds());
        Assert.Equal(alert.Id(), Assert.Single(await Platform.AlertsOfAsync(entryId, Cambodia)).Id());
        Assert.Equal(alert.Id(), Assert.Single(await Platform.AlertsOfAsync(entryId, Vietnam, $"&unit={Unit}")).Id());
        Assert.Empty(await Platform.AlertsOfAsync(entryId, Vietnam, "&unit=VN-A99"));
        Assert.Empty(await Platform.AlertsOfAsync(entryId, Vietnam, "&borderPost=VN-TSN"));
        // A post and a unit named together (the console's one "post or unit" field) match either.
        Assert.Equal(alert.Id(), Assert.Single(await Platform.AlertsOfAsync(entryId, Vietnam, $"&borderPost={Unit}&unit={Unit}")).Id());
        Assert.Empty(await Platform.AlertsOfAsync(entryId, Vietnam, "&borderPost=VN-TSN&unit=VN-A99"));

        var graphql = (await vn.GraphQLAsync("query ($id: ID!) { alert(id: $id) { id unit borderPost post } }",
            new { id = alert.Id() })).Ok().GetProperty("alert");
        Assert.Equal((Unit, JsonValueKind.Null, url),
            (graphql.Str("unit"), graphql.GetProperty("borderPost").ValueKind, graphql.Str("post")));
        var byUnit = (await vn.GraphQLAsync("{ alerts(filter: {units: [\"VN-A05\"]}, first: 50) { edges { node { id unit } } } }"))
            .Ok().GetProperty("alerts").GetProperty("edges").EnumerateArray();
        Assert.Contains(alert.Id(), byUnit.Select(e => e.GetProperty("node").GetProperty("id").GetGuid()));

        // The unit's subscription gets it on every channel; the other unit's and the border post's do not.
        var notified = Assert.Single(await vn.FeedUntilAsync(unitFeed, 1));
        Assert.Equal((alert.Id(), Unit), (notified.GetProperty("alertId").GetGuid(), notified.Str("unit")));
        Assert.Equal(JsonValueKind.Null, notified.GetProperty("borderPost").ValueKind);
        var streamed = SseClient.DataOf(await sse.NextAsync());
        Assert.Equal((alert.Id(), Unit), (streamed.GetProperty("alertId").GetGuid(), streamed.Str("unit")));
        var next = (await ws.ExpectAsync("next")).GetProperty("payload").GetProperty("data").GetProperty("alerts");
        Assert.Equal((alert.Id().ToString(), Unit), (next.Str("alertId"), next.Str("unit")));
        Assert.Contains(alert.Id(), (await kh.FeedUntilAsync(ownerFeed, 1)).AlertIds());
        // The feeds of one alert version are written in one transaction: a wrong append would be there by now.
        Assert.Empty(await vn.FeedAsync(otherUnitFeed));
        Assert.Empty(await vn.FeedAsync(borderFeed));

        // Thailand, to which the entry is released but whose screening did not hit, sees nothing of it by any read.
        Assert.Empty(await Platform.AlertsOfAsync(entryId, Thailand));
        Assert.DoesNotContain(alert.Id(), (await Platform.WholeBoardAsync(Thailand)).Select(a => a.Id()));
        Assert.Empty(await Platform.AlertsOfAsync(entryId, Thailand, $"&unit={Unit}"));
        Assert.Equal(HttpStatusCode.NotFound, await th.StatusOfAsync($"/api/alerts/{alert.Id()}"));
        Assert.Equal(HttpStatusCode.NotFound, await th.StatusOfAsync($"/api/alerts/{alert.Id()}/history"));
        Assert.Equal(JsonValueKind.Null, (await th.GraphQLAsync("query ($id: ID!) { alert(id: $id) { id } }", new { id = alert.Id() }))
            .Ok().GetProperty("alert").ValueKind);
        var thaiGraph = await th.GraphQLAsync("{ alerts(filter: {units: [\"VN-A05\"]}, first: 50) { edges { node { id } } } }");
        Assert.DoesNotContain(alert.Id(), thaiGraph.Ok().GetProperty("alerts").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("id").GetGuid()));
        Assert.Empty(await th.FeedAsync(thirdFeed));
    }

    [Fact]
    public async Task The_same_post_twice_is_one_alert_a_pasted_text_is_keyed_by_its_hash_and_another_unit_gets_its_own()
    {
        var (listed, written) = NewPhone();
        var entryId = await Platform.ListBrokerAsAsync(Vietnam, listed, releasableTo: [Vietnam]);
        const string url = "https://www.facebook.com/groups/viecnhe/posts/2002";
        var first = await Platform.ScreenPostHitAsync(Vietnam, Unit, PostNaming(written), url, entryId);
        var again = await Platform.ScreenPostHitAsync(Vietnam, Unit, PostNaming(written) + " (đăng lại)", url + "#comments", entryId);
        var alert = await Eventually.Until(() => Platform.AlertsOfAsync(entryId, Vietnam),
            a => a.Length == 1 && a[0].GetProperty("hitCount").GetInt32() == 2, "both screenings of the post on one alert");
        Assert.Equal(new[] { first, again }.Order(), alert[0].ScreeningIds().Order());

        // Pasted without a URL, twice with different line breaks: one alert keyed by the text's hash.
        var pasted = await Platform.ScreenPostHitAsync(Vietnam, Unit, PostNaming(written) + "\nIb ngay", null, entryId);
        var repasted = await Platform.ScreenPostHitAsync(Vietnam, Unit, PostNaming(written) + "  Ib   ngay ", null, entryId);
        // The same post screened by another unit goes to that unit's command centres.
        var elsewhere = await Platform.ScreenPostHitAsync(Vietnam, "VN-A99", PostNaming(written), url, entryId);

        var alerts = await Eventually.Until(() => Platform.AlertsOfAsync(entryId, Vietnam),
            a => a.Sum(x => x.GetProperty("hitCount").GetInt32()) == 5, "five screenings on the post's alerts");
        Assert.Equal(3, alerts.Length);
        var byHash = Assert.Single(alerts, a => a.Str("post").StartsWith("sha256:", StringComparison.Ordinal));
        Assert.Equal(new[] { pasted, repasted }.Order(), byHash.ScreeningIds().Order());
        var otherUnit = Assert.Single(alerts, a => a.Str("unit") == "VN-A99");
        Assert.Equal([elsewhere], otherUnit.ScreeningIds());
    }

    [Fact]
    public async Task A_retried_screening_counts_once_and_a_false_positive_post_screened_again_opens_no_alert()
    {
        var (listed, written) = NewPhone();
        var entryId = await Platform.ListBrokerAsAsync(Vietnam, listed, releasableTo: [Vietnam]);
        await Platform.IndexedAsync(entryId);
        const string url = "https://www.facebook.com/groups/viecnhe/posts/3003";
        var key = Guid.NewGuid().ToString();
        var (first, hits) = await Platform.ScreenPostAsAsync(Vietnam, Unit, PostNaming(written), url, key);
        Assert.Contains(entryId, hits);
        var (retried, _) = await Platform.ScreenPostAsAsync(Vietnam, Unit, PostNaming(written), url, key);
        Assert.Equal(first, retried);
        var alert = Assert.Single(await Platform.ContentAlertsAsync(entryId, Vietnam, 1));
        await Task.Delay(500); // a second count of the retried request would be committed by now
        alert = Assert.Single(await Platform.AlertsOfAsync(entryId, Vietnam));
        Assert.Equal([first], alert.ScreeningIds());

        var resolved = await Platform.CommandCentre(Vietnam, "cc-analyst").WorkAsync(alert.Id(), "resolve", alert.Version(),
            new { outcome = "FALSE_POSITIVE", note = "A cousin's number, reposted." });
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        var later = await Platform.ScreenPostHitAsync(Vietnam, Unit, PostNaming(written), url, entryId);
        var counted = await Eventually.Until(() => Platform.AlertsOfAsync(entryId, Vietnam),
            a => a.Length == 1 && a[0].GetProperty("hitCount").GetInt32() == 2, "the repeat counted on the resolved alert");
        Assert.Equal("RESOLVED", counted[0].Str("status"));
        Assert.Equal(1, counted[0].GetProperty("repeatsWhileResolved").GetInt32());
        Assert.Contains(later, counted[0].ScreeningIds());
    }

    [Fact]
    public async Task A_broker_listed_after_the_post_was_screened_raises_a_retro_alert_routed_to_the_unit_within_ten_seconds()
    {
        var (listed, written) = NewPhone();
        const string url = "https://www.facebook.com/groups/viecnhe/posts/4004";
        var (seen, hits) = await Platform.ScreenPostAsAsync(Vietnam, Unit, PostNaming(written), url);
        Assert.Empty(hits);
        var (foreign, _) = await Platform.ScreenPostAsAsync(Thailand, "TH-CY1", PostNaming(written), url + "?th");
        await Platform.CrossingsRecordedAsync(seen, foreign);

        // The impact dry run counts the observation, by unit, before anything is listed; never Thailand's, which it could not hit.
        var impact = await Platform.Client("admin", Vietnam, $"admin-{Vietnam}").PostAsJsonAsync("/api/entries/impact", new
        {
            kind = "PERSON", names = new[] { new { value = AlertFlows.RandomSurname() + " Impact" } },
            identifiers = new[] { new { type = "PHONE", value = listed } }, releasableTo = new[] { Vietnam },
        });
        Assert.Equal(HttpStatusCode.OK, impact.StatusCode);
        var report = await impact.Json();
        Assert.Equal(1, report.GetProperty("observations").GetInt32());
        Assert.Equal(0, report.GetProperty("crossings").GetInt32());
        var atUnit = Assert.Single(report.GetProperty("byUnit").EnumerateArray());
        Assert.Equal((Unit, 1), (atUnit.Str("unit"), atUnit.GetProperty("observations").GetInt32()));

        var centre = Centre(Vietnam, "cc-vn-retro");
        var feed = await centre.SubscribeAsync(new { units = new[] { Unit } });
        var listing = System.Diagnostics.Stopwatch.StartNew();
        var entryId = await Platform.ListBrokerAsAsync(Vietnam, listed, releasableTo: [Vietnam]);
        var alert = Assert.Single(await Platform.ContentAlertsAsync(entryId, Vietnam, 1, TimeSpan.FromSeconds(10)));
        Assert.True(listing.Elapsed < TimeSpan.FromSeconds(10), $"the retro alert took {listing.Elapsed}");
        Assert.True(alert.GetProperty("retro").GetBoolean());
        Assert.Equal((Unit, url), (alert.Str("unit"), alert.Str("post")));
        Assert.Equal([seen], alert.ScreeningIds());
        Assert.Contains(alert.Id(), (await centre.FeedUntilAsync(feed, 1)).AlertIds());
        Assert.Empty(await Platform.AlertsOfAsync(entryId, Thailand));
    }
}
