using System.Net;
using System.Text.Json;
using Watchlist.Tests.Integration.GraphQL;
using Watchlist.Tests.Integration.Infrastructure;
using Watchlist.Tests.Integration.Notifications;
using static Watchlist.Tests.Integration.Alerts.CrossAgencyFlows;

namespace Watchlist.Tests.Integration.Alerts;

/// <summary>
/// Nothing crosses agencies (API.md, Conventions, Releasability), live or retro: a screening by agency X hits only entries owned by
/// or releasable to X, and the alert, its history, its notifications and its counts reach the entry's owner and X alone.
/// </summary>
public sealed class CrossAgencyAlertTests(PlatformTest<CrossAgencyAlertTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<CrossAgencyAlertTests>(fixture, rabbit)
{
    /// <summary>
    /// The reproduction of issue 10: an officer of one agency screens a traveller and gets CLEAR; an admin of another lists that
    /// person for its own agency only. An officer of the listing agency screened the traveller too, so its retro alert shows when
    /// the listing's re-screening has run, and the other agency's crossing was decided in that same scan.
    /// </summary>
    [Theory]
    [InlineData(Vietnam, "VN-DAD", Cambodia, "KH-PNH")]
    [InlineData(Cambodia, "KH-PNH", Vietnam, "VN-DAD")]
    public async Task Retro_screening_never_hits_an_entry_not_releasable_to_the_screening_agency(
        string screener, string post, string lister, string ownPost)
    {
        var (name, passport) = (AlertFlows.RandomSurname() + " Van Hung", AlertFlows.NewPassport());
        var traveller = AlertFlows.Traveller(name, passport);
        var foreign = await Platform.ScreenAsAsync(screener, post, traveller);
        var own = await Platform.ScreenAsAsync(lister, ownPost, traveller);
        Assert.Equal(("CLEAR", "CLEAR"), (foreign.Decision, own.Decision));
        await Platform.CrossingsRecordedAsync(foreign.Id, own.Id);

        var entryId = await Platform.ListAsAsync(lister, name, passport, releasableTo: [lister]);

        var listerAlerts = await Eventually.Until(
            () => Platform.AlertsOfAsync(entryId, lister), a => a.Length > 0, "the lister's own retro alert");
        await Task.Delay(300); // a second, leaked alert would be committed with the first
        var only = Assert.Single(await Platform.AlertsOfAsync(entryId, lister));
        Assert.Equal(ownPost, only.Str("borderPost"));
        Assert.Equal([own.Id], only.ScreeningIds());
        Assert.True(only.GetProperty("retro").GetBoolean());
        Assert.DoesNotContain(await Platform.WholeBoardAsync(lister), a => a.ScreeningIds().Contains(foreign.Id));
        // The screening agency was never told of an entry it may not see: no alert, not even its own crossing's.
        Assert.Empty(await Platform.AlertsOfAsync(entryId, screener));
        Assert.DoesNotContain(await Platform.WholeBoardAsync(screener), a => a.ScreeningIds().Contains(foreign.Id));
        Assert.Equal(HttpStatusCode.NotFound, await Platform.CommandCentre(screener).StatusOfAsync($"/api/alerts/{listerAlerts[0].Id()}"));
    }

    [Fact]
    public async Task A_third_agency_the_entry_is_released_to_sees_neither_the_retro_alert_nor_its_notifications_nor_a_count()
    {
        var (name, passport) = (AlertFlows.RandomSurname() + " Thi Lan", AlertFlows.NewPassport());
        var (vn, kh, th) = (Centre(Vietnam), Centre(Cambodia), Centre(Thailand));
        var (vnFeed, khFeed, thFeed) =
            (await vn.SubscribeAsync(new { }), await kh.SubscribeAsync(new { }), await th.SubscribeAsync(new { }));
        var crossing = await Platform.ScreenAsAsync(Vietnam, "VN-DAD", AlertFlows.Traveller(name, passport));
        await Platform.CrossingsRecordedAsync(crossing.Id);

        var entryId = await Platform.ListAsAsync(Cambodia, name, passport, releasableTo: [Cambodia, Vietnam, Thailand]);

        var alert = Assert.Single(
            await Eventually.Until(() => Platform.AlertsOfAsync(entryId, Vietnam), a => a.Length > 0, "VN's retro alert"));
        Assert.Equal([crossing.Id], alert.ScreeningIds());
        Assert.Single(await Platform.AlertsOfAsync(entryId, Cambodia));
        await NotifiedAsync(vn, vnFeed, alert.Id(), 1);
        await NotifiedAsync(kh, khFeed, alert.Id(), 1);
        var acknowledged = await kh.WorkAsync(alert.Id(), "acknowledge", 1);
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        await NotifiedAsync(vn, vnFeed, alert.Id(), 2); // the change reaches the screening agency, appended with the raising's

        await AssertUnseenAsync(Thailand, th, thFeed, entryId, alert.Id());
        Assert.Equal(Vietnam, alert.GetProperty("screeningAgency").GetString());
    }

    [Fact]
    public async Task Live_a_third_agency_the_entry_is_released_to_sees_neither_the_alert_nor_its_notifications_nor_a_count()
    {
        var (name, passport) = (AlertFlows.RandomSurname() + " Van Nam", AlertFlows.NewPassport());
        var (vn, kh, th) = (Centre(Vietnam), Centre(Cambodia), Centre(Thailand));
        var (vnFeed, khFeed, thFeed) =
            (await vn.SubscribeAsync(new { }), await kh.SubscribeAsync(new { }), await th.SubscribeAsync(new { }));
        var entryId = await Platform.ListAsAsync(Cambodia, name, passport, releasableTo: [Cambodia, Vietnam, Thailand]);

        var screening = await Platform.ScreenHitAsAsync(Vietnam, "VN-DAD", AlertFlows.Traveller(name, passport), entryId);

        var alert = Assert.Single(
            await Eventually.Until(() => Platform.AlertsOfAsync(entryId, Vietnam), a => a.Length > 0, "VN's live alert"));
        // VN's screenings only (an earlier CLEAR try of the loop may be the retro crossing that raised it first).
        Assert.Equal(Vietnam, alert.GetProperty("screeningAgency").GetString());
        Assert.NotEqual(Guid.Empty, screening);
        Assert.Single(await Platform.AlertsOfAsync(entryId, Cambodia));
        await NotifiedAsync(vn, vnFeed, alert.Id(), 1);
        await NotifiedAsync(kh, khFeed, alert.Id(), 1);

        await AssertUnseenAsync(Thailand, th, thFeed, entryId, alert.Id());
    }

    [Fact]
    public async Task Two_agencies_screening_one_traveller_against_one_entry_get_an_alert_each_and_never_see_the_others()
    {
        var (name, passport) = (AlertFlows.RandomSurname() + " Van Duc", AlertFlows.NewPassport());
        var traveller = AlertFlows.Traveller(name, passport);
        var entryId = await Platform.ListAsAsync(Cambodia, name, passport, releasableTo: [Cambodia, Vietnam, Thailand]);

        // The same post on purpose: before audiences, (entry, traveller, post) was one alert, and the second agency's hit joined the
        // first's.
        var byVietnam = await Platform.ScreenHitAsAsync(Vietnam, "MEKONG-1", traveller, entryId);
        var byThailand = await Platform.ScreenHitAsAsync(Thailand, "MEKONG-1", traveller, entryId);

        var owner = await Eventually.Until(
            () => Platform.AlertsOfAsync(entryId, Cambodia), a => a.Length == 2, "an alert for each screening agency");
        var vnAlert = Assert.Single(await Platform.AlertsOfAsync(entryId, Vietnam));
        var thAlert = Assert.Single(await Platform.AlertsOfAsync(entryId, Thailand));
        // An agency's own screenings answered CLEAR before the entry reached the index are counted on its alert by retro.
        Assert.Contains(byVietnam, vnAlert.ScreeningIds());
        Assert.DoesNotContain(byThailand, vnAlert.ScreeningIds());
        Assert.Contains(byThailand, thAlert.ScreeningIds());
        Assert.DoesNotContain(byVietnam, thAlert.ScreeningIds());
        Assert.Equal(Vietnam, vnAlert.GetProperty("screeningAgency").GetString());
        Assert.Equal(Thailand, thAlert.GetProperty("screeningAgency").GetString());
        Assert.Equal(HttpStatusCode.NotFound, await Centre(Vietnam).StatusOfAsync($"/api/alerts/{thAlert.Id()}"));
        Assert.Equal(HttpStatusCode.NotFound, await Centre(Thailand).StatusOfAsync($"/api/alerts/{vnAlert.Id()}/history"));
        Assert.Equal(new[] { vnAlert.Id(), thAlert.Id() }.Order(), owner.Select(a => a.Id()).Order());
    }

    [Fact]
    public async Task Narrowing_the_entry_later_does_not_take_the_alert_from_the_screening_agency()
    {
        var (name, passport) = (AlertFlows.RandomSurname() + " Van Long", AlertFlows.NewPassport());
        var vn = Centre(Vietnam);
        var vnFeed = await vn.SubscribeAsync(new { });
        var entryId = await Platform.ListAsAsync(Cambodia, name, passport, releasableTo: [Cambodia, Vietnam]);
        await Platform.ScreenHitAsAsync(Vietnam, "VN-DAD", AlertFlows.Traveller(name, passport), entryId);
        var alert = Assert.Single(
            await Eventually.Until(() => Platform.AlertsOfAsync(entryId, Vietnam), a => a.Length > 0, "VN's live alert"));

        var narrowed = await Platform.Client("admin", Cambodia, $"admin-{Cambodia}").SendAsync(HttpJson.WithIfMatch(HttpMethod.Patch,
            $"/api/entries/{entryId}", 1, new { releasableTo = new[] { Cambodia } }, "application/merge-patch+json"));
        Assert.Equal(HttpStatusCode.OK, narrowed.StatusCode);
        await Platform.EntrySeenAsync(entryId, 2);

        Assert.Equal(HttpStatusCode.OK, await vn.StatusOfAsync($"/api/alerts/{alert.Id()}"));
        Assert.Equal(HttpStatusCode.OK, await vn.StatusOfAsync($"/api/alerts/{alert.Id()}/history"));
        Assert.Single(await Platform.AlertsOfAsync(entryId, Vietnam));
        var current = Assert.Single(await Platform.AlertsOfAsync(entryId, Vietnam)); // the change's retro look may have counted on it
        var acknowledged = await vn.WorkAsync(alert.Id(), "acknowledge", current.Version());
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        await NotifiedAsync(vn, vnFeed, alert.Id(), current.Version() + 1);
        // The entry itself is Cambodia's again: Vietnam keeps its alert, not the entry.
        Assert.Equal(HttpStatusCode.NotFound, await Platform.Client("admin", Vietnam).StatusOfAsync($"/api/entries/{entryId}"));
    }

    private HttpClient Centre(string agency) => Platform.CommandCentre(agency, $"cc-{agency}");

    private static Task NotifiedAsync(HttpClient centre, Guid feed, Guid alertId, int version) =>
        Eventually.Until(() => centre.FeedAsync(feed), items => items.Any(i => i.GetProperty("alertId").GetGuid() == alertId
            && i.GetProperty("alertVersion").GetInt32() >= version), $"version {version} of alert {alertId} in feed {feed}");

    /// <summary>
    /// The agency sees nothing of the alert by any read: not listed (by entry or on the whole board, so not counted), not found,
    /// no history, cannot work it, no notification. Called after the alert's audience was notified, and the feeds of one alert
    /// version are written in one transaction, so a wrong append would be there by now.
    /// </summary>
    private async Task AssertUnseenAsync(string agency, HttpClient centre, Guid feed, Guid entryId, Guid alertId)
    {
        Assert.Empty(await Platform.AlertsOfAsync(entryId, agency));
        Assert.DoesNotContain(alertId, (await Platform.WholeBoardAsync(agency)).Select(a => a.Id()));
        Assert.Equal(HttpStatusCode.NotFound, await centre.StatusOfAsync($"/api/alerts/{alertId}"));
        Assert.Equal(HttpStatusCode.NotFound, await centre.StatusOfAsync($"/api/alerts/{alertId}/history"));
        Assert.Equal(HttpStatusCode.NotFound, (await centre.WorkAsync(alertId, "comment", 1, new { text = "seen?" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, await Platform.Client("admin", agency).StatusOfAsync($"/api/alerts/{alertId}"));
        Assert.DoesNotContain(alertId, (await centre.FeedAsync(feed)).AlertIds());
        var graphql = (await centre.GraphQLAsync("query ($id: ID!) { alert(id: $id) { id } }", new { id = alertId })).Ok();
        Assert.Equal(JsonValueKind.Null, graphql.GetProperty("alert").ValueKind);
    }
}
