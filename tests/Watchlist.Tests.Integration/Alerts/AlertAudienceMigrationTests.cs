using System.Net;
using Marten;
using Npgsql;
using Watchlist.Alerts.Alerts;
using Watchlist.Alerts.Alerts.Migration;
using Watchlist.Alerts.Alerts.Raising;
using Watchlist.Alerts.Retro;
using Watchlist.Contracts.Screening;
using Watchlist.Notifications.Feed;
using Watchlist.Tests.Integration.Infrastructure;
using Watchlist.Tests.Integration.Notifications;
using static Watchlist.Tests.Integration.Alerts.CrossAgencyFlows;

namespace Watchlist.Tests.Integration.Alerts;

/// <summary>
/// Alerts and feeds stored before audiences existed, written as the old code wrote them (no audience, the old dedup key, feed
/// items in every feed the entry was releasable to), then migrated by the real backfill, with the real forwarder, broker and
/// notifications service carrying the result to the feeds; read back through the gateway.
/// </summary>
public sealed class AlertAudienceMigrationTests(PlatformTest<AlertAudienceMigrationTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<AlertAudienceMigrationTests>(fixture, rabbit)
{
    private static readonly DateTimeOffset Then = DateTimeOffset.UtcNow.AddHours(-1);

    [Fact]
    public async Task Old_alerts_and_feeds_are_settled_to_their_audience_once_and_the_leaked_ones_are_withheld()
    {
        var (vn, kh, th) = (Centre(Vietnam), Centre(Cambodia), Centre(Thailand));
        var (vnFeed, khFeed, thFeed) =
            (await vn.SubscribeAsync(new { }), await kh.SubscribeAsync(new { }), await th.SubscribeAsync(new { }));
        var (name, passport) = (AlertFlows.RandomSurname() + " Van Minh", AlertFlows.NewPassport());
        var entryId = await Platform.ListAsAsync(Cambodia, name, passport, releasableTo: [Cambodia, Vietnam, Thailand]);
        await Platform.EntrySeenAsync(entryId, 1); // its retro scan is over, so the crossing stored below is not re-screened now
        var traveller = new TravellerSnapshot([name], "1980-05-12", null, "VNM", [new TravellerDocument("PASSPORT", passport, "VNM")], []);

        // A live alert: VN screened an entry released to VN and TH; the old rule showed it to TH as well.
        var live = await StoreOldAlertAsync(
            entryId, traveller, "VN-DAD", [Cambodia, Vietnam, Thailand], retro: false, changeAgency: Vietnam);
        // The reproduction: a retro alert on an entry released to KH alone, of a crossing by VN that is still kept.
        var leaked = await StoreOldAlertAsync(
            Guid.NewGuid(), traveller, "VN-DAD", [Cambodia], retro: true, changeAgency: Cambodia, crossingBy: Vietnam);
        // A retro alert whose crossing has left the window: its screening agency can no longer be known.
        var unknown = await StoreOldAlertAsync(
            Guid.NewGuid(), traveller, "VN-HUE", [Cambodia, Vietnam], retro: true, changeAgency: Cambodia);
        await StoreOldFeedItemsAsync((live, [khFeed, vnFeed, thFeed]), (leaked, [khFeed]), (unknown, [khFeed, vnFeed]));
        Assert.Equal([live, leaked, unknown], (await kh.FeedAsync(khFeed)).AlertIds());

        // Until settled, nobody sees an old alert: the safe side of a restart that has not finished the migration yet.
        Assert.Equal(HttpStatusCode.NotFound, await kh.StatusOfAsync($"/api/alerts/{live}"));

        var backfill = Platform.Alerts.Services.GetRequiredService<AudienceBackfill>();
        Assert.Equal(3, await backfill.SettleAllAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.OK, await kh.StatusOfAsync($"/api/alerts/{live}"));
        Assert.Equal(HttpStatusCode.OK, await vn.StatusOfAsync($"/api/alerts/{live}"));
        Assert.Equal(HttpStatusCode.NotFound, await th.StatusOfAsync($"/api/alerts/{live}"));
        foreach (var withheld in new[] { leaked, unknown })
            foreach (var centre in new[] { kh, vn, th })
                Assert.Equal(HttpStatusCode.NotFound, await centre.StatusOfAsync($"/api/alerts/{withheld}"));
        var history = await (await vn.GetAsync($"/api/alerts/{live}/history")).Json();
        // (Not the last change: the SLA sweeper escalates the old, overdue alert meanwhile, as it would after a restart.)
        var settled = history.EnumerateArray().Single(h => h.Str("type") == "AUDIENCE_SETTLED");
        Assert.Equal(AlertChange.MigrationActor, settled.Str("actor"));
        Assert.Equal(
            [Cambodia, Vietnam], settled.GetProperty("details").GetProperty("audience").EnumerateArray().Select(a => a.GetString()));

        // The feeds follow through the forwarder and the broker: what the audience may not see leaves them, the rest stays.
        await Eventually.Until(() => th.FeedAsync(thFeed), f => f.Count == 0, "the live alert to leave TH's feed");
        await Eventually.Until(
            () => kh.FeedAsync(khFeed), f => f.AlertIds().SequenceEqual([live]), "the withheld alerts to leave KH's feed");
        await Eventually.Until(
            () => vn.FeedAsync(vnFeed), f => f.AlertIds().SequenceEqual([live]), "the withheld alert to leave VN's feed");

        // VN's next hit of the traveller counts on its migrated alert (its dedup key moved with it) instead of opening a second one.
        await Platform.ScreenHitAsAsync(Vietnam, "VN-DAD", AlertFlows.Traveller(name, passport), entryId);
        var counted = await Eventually.Until(
            () => Platform.AlertsOfAsync(entryId, Vietnam), a => a.Length == 1 && a[0].GetProperty("hitCount").GetInt32() == 2,
            "the new hit to count on the migrated alert");
        Assert.Equal(live, counted[0].Id());

        // Again (another start, another replica): nothing left to settle, nothing changed.
        Assert.Equal(0, await backfill.SettleAllAsync(CancellationToken.None));
        Assert.Equal(counted[0].Version(), (await Platform.AlertsOfAsync(entryId, Vietnam))[0].Version());
    }

    private HttpClient Centre(string agency) => Platform.CommandCentre(agency, $"cc-{agency}");

    /// <summary>An alert as the code before audiences stored it: no screening agency or audience, the old dedup key, a retro hit's
    /// change naming the entry's owner, and a view without the audience fields.</summary>
    private async Task<Guid> StoreOldAlertAsync(
        Guid entryId, TravellerSnapshot traveller, string post, string[] releasableTo, bool retro, string changeAgency,
        string? crossingBy = null)
    {
        var (id, screening) = (Guid.NewGuid(), Guid.NewGuid());
        var identity = TravellerIdentity.Of(traveller);
        var oldKey = $"{entryId:N}|{identity}|{post}";
        var facts = new AlertFacts(oldKey, identity, entryId, 1, traveller.Names[0], traveller.Names[0], "ARREST", "HUMAN_TRAFFICKING",
            ["trafficking-suspects"], post, traveller, 0.97, "MATCH", Cambodia, releasableTo, retro);
        var raised = new AlertRaised(
            id, facts, AlertSeverity.Critical, new HitRecord(screening, Then, 1, 0.97, "MATCH", releasableTo, retro),
            Then.AddMinutes(1), new AlertChange(retro ? AlertChange.RetroActor : "officer-vn", changeAgency, Then, null));
        var store = Platform.StoreOf(Platform.Alerts);
        await using (var session = store.LightweightSession())
        {
            session.Events.StartStream<Alert>(id, raised);
            session.Store(AlertView.From(AlertDecider.Evolve(null, raised)!));
            session.Store(new OpenAlertKey(oldKey, 1, id, Open: true));
            if (crossingBy is not null)
                session.Store(new Crossing(
                    screening, Then, null, traveller, new ScreeningContextSnapshot(post, "ENTRY", null), "officer", crossingBy, []));
            await session.SaveChangesAsync();
        }
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var strip = new NpgsqlCommand(
            $"update \"{Platform.Schema("alerts")}\".mt_doc_alertview " +
            "set data = data - 'audience' - 'audienceSettled' where id = $1", connection)
        { Parameters = { new() { Value = id } } };
        Assert.Equal(1, await strip.ExecuteNonQueryAsync());
        return id;
    }

    /// <summary>Feed items as the old rule appended them: to every subscription whose agency the entry was releasable to.</summary>
    private async Task StoreOldFeedItemsAsync(params (Guid Alert, Guid[] Feeds)[] notified)
    {
        await using var session = Platform.StoreOf(Platform.Notifications).LightweightSession();
        var heads = new Dictionary<Guid, FeedHead>();
        foreach (var (alertId, feeds) in notified)
            foreach (var feed in feeds)
            {
                var head = heads.TryGetValue(feed, out var known) ? known : heads[feed] = (await session.LoadAsync<FeedHead>(feed))!;
                head.Cursor++;
                session.Insert(new FeedItem(
                    FeedItem.IdOf(feed, head.Cursor), feed, head.Cursor, FeedItem.Raised, alertId, 1, "RAISED", "OPEN", "CRITICAL",
                    "VN-DAD", "old", "ARREST", Then, Then));
                session.Store(new FeedAlertMark(FeedAlertMark.IdOf(feed, alertId), 1));
            }
        foreach (var head in heads.Values) session.Update(head);
        await session.SaveChangesAsync();
    }
}
