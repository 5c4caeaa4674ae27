using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Alerts;

/// <summary>
/// Two alerts replicas on one schema and one set of queues: crossings are recorded by whichever replica takes them, list
/// changes are re-screened by one replica each, and every traveller still gets exactly one alert.
/// </summary>
[GatewaySetting("RateLimits:StandardPerSecond", "5000")]
public sealed class RetroReplicaTests(PlatformTest<RetroReplicaTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<RetroReplicaTests>(fixture, rabbit)
{
    private const int Travellers = 40;

    [Fact]
    public async Task Each_change_is_re_screened_once_and_no_replica_misses_a_crossing()
    {
        await using var second = Platform.StartAlertsReplica(Rabbit);
        var replicas = new[] { Platform.Alerts, second };
        await Eventually.Until(
            async () => (await new HttpClient().GetAsync(new Uri(second.Address, "/health/ready"))).IsSuccessStatusCode, ready => ready,
            "the second replica to be ready");
        var before = replicas.Sum(r => RetroFlows.RetroOf(r).ChangesHandled);

        var run = Guid.NewGuid().ToString("N")[..8];
        var borderPost = $"REP-{run}";
        var people = Enumerable.Range(0, Travellers).Select(i => (Name: RetroFlows.Name(run, i), Passport: $"Q{run[..4]}{i:D4}")).ToList();
        // Two manifests, so that each replica records some of the crossings, and the listings race the second one.
        var first = await Platform.ScreenManifestAsync(people[..(Travellers / 2)], borderPost);
        var listings = people.Select(p => Platform.ListAsync(AlertFlows.Person(p.Name, p.Passport))).ToList();
        var later = await Platform.ScreenManifestAsync(people[(Travellers / 2)..], borderPost);
        var entries = (await Task.WhenAll(listings)).Select(l => l.Id).ToArray();

        await Eventually.Until(
            () => Task.FromResult(replicas.Sum(r => RetroFlows.RetroOf(r).ChangesHandled) - before), n => n >= Travellers,
            "every listing to be re-screened", TimeSpan.FromSeconds(60));
        var alerts = await Eventually.Until(
            () => Platform.AlertsAtAsync(borderPost),
            a => entries.All(e => a.Any(alert => alert.GetProperty("entryId").GetGuid() == e)),
            "an alert per traveller",
            TimeSpan.FromSeconds(60));
        await Task.Delay(2_000); // a second alert, arriving late, would count too
        alerts = await Platform.AlertsAtAsync(borderPost);

        Assert.Equal(Travellers, replicas.Sum(r => RetroFlows.RetroOf(r).ChangesHandled) - before);
        var screenings = first.Concat(later).ToArray();
        for (var i = 0; i < Travellers; i++)
        {
            // By entry and passport: a namesake's REVIEW hit on another traveller's entry is not this traveller's alert.
            var theirs = alerts.Where(a => a.GetProperty("entryId").GetGuid() == entries[i]
                && a.GetProperty("traveller").GetProperty("documents")[0].Str("number") == people[i].Passport).ToList();
            var alert = Assert.Single(theirs);
            Assert.Equal([screenings[i]], alert.ScreeningIds());
        }
        Assert.All(replicas, r => Assert.True(RetroFlows.WindowOf(r).Contains(screenings[0]) || RetroFlows.RetroOf(r).ChangesHandled == 0,
            "a replica that re-screened has the crossings the other recorded"));
    }
}
