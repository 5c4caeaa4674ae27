using Marten;
using Watchlist.Alerts.Alerts;
using Watchlist.Alerts.Alerts.Raising;
using Watchlist.Contracts.Screening;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Console.EndToEnd;

/// <summary>One seeded alert: what the board should show of it.</summary>
public sealed record SeededAlert(Guid Id, string EntryName, string Post, string Severity, DateTimeOffset RaisedAt);

/// <summary>
/// Thousands of open alerts for one agency, raised by the alerts service's own code (<see cref="AlertRaising"/>, the rule that
/// every live and retro hit goes through) in its own event store, a few hundred a transaction: ten thousand screenings
/// through the API would take this machine many minutes and test nothing the board depends on. Each alert is its own
/// entry's hit, owned and screened by the one agency, so no other agency sees any of them. Severities are MEDIUM and LOW
/// only: their SLA deadlines (30 min, 4 h) do not pass during a test, so the SLA sweeper leaves them alone.
/// </summary>
public static class ManyAlerts
{
    public static readonly string[] Severities = ["MEDIUM", "LOW"];

    public static string PostOf(string agency, int i) => $"{agency[..2]}-P{i % 10}";

    public static async Task<IReadOnlyList<SeededAlert>> RaiseAsync(Platform platform, string agency, int count, int firstNumber = 0)
    {
        var store = Platform.StoreOf(platform.Alerts);
        var raising = platform.Alerts.Services.GetRequiredService<AlertRaising>();
        var now = DateTimeOffset.UtcNow;
        var seeded = new List<SeededAlert>(count);
        foreach (var chunk in Enumerable.Range(firstNumber, count).Chunk(500))
        {
            await using var session = store.LightweightSession();
            var unsaved = new SessionAlerts();
            foreach (var i in chunk)
            {
                // Newest first is number order: the first number is the newest, a millisecond apart.
                var at = now.AddMilliseconds(firstNumber - i);
                var hit = Hit(agency, i, at);
                var alert = await raising.ApplyAsync(session, hit, new AlertChange($"seed-{agency}", agency, at, null),
                    CancellationToken.None, unsaved)
                    ?? throw new InvalidOperationException("The seeded hit was refused: its entry is not releasable to the agency.");
                seeded.Add(new SeededAlert(alert.Id, hit.Hit.PrimaryName, hit.Context.BorderPost,
                    Watchlist.ServiceDefaults.Json.ApiNames.Of(alert.Severity), at));
            }
            await session.SaveChangesAsync();
        }
        return seeded;
    }

    public static string NameOf(int i) => $"Đặng Thị Mục {i:D5}";

    private static ScreeningHitDetected Hit(string agency, int i, DateTimeOffset at) => new(
        Guid.NewGuid(), at, null,
        new TravellerSnapshot([$"DANG THI MUC {i:D5}"], "1990-01-01", "FEMALE", "VN", [new TravellerDocument("PASSPORT", $"S{i:D7}", "VN")],
            []),
        new ScreeningContextSnapshot(PostOf(agency, i), "ENTRY", "VN100"),
        new HitSnapshot(Guid.NewGuid(), 1, 0.95, "MATCH", "PERSON", NameOf(i), NameOf(i), ["load-test"], "OTHER", "INFORM",
            Severities[i % Severities.Length], agency, [agency]),
        $"seed-{agency}", agency, Retro: false);
}
