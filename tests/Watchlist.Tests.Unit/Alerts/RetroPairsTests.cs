using CsCheck;
using Watchlist.Alerts.Retro;
using Watchlist.Contracts.Screening;

namespace Watchlist.Tests.Unit.Alerts;

/// <summary>
/// The pure rule behind "no missed alert": which (crossing, entry change) pairs are re-screened, and a model of the two
/// handlers (a change re-screens the crossings already recorded; a crossing is checked against the entry as last applied)
/// run over every delivery order, redeliveries included.
/// </summary>
public sealed class RetroPairsTests
{
    private static readonly Guid EntryId = Guid.NewGuid();

    private static Crossing CrossingAt(long position, bool hitLive = false) => new(Guid.NewGuid(), DateTimeOffset.UnixEpoch, null,
        new TravellerSnapshot(["X"], null, null, null, [], []), new ScreeningContextSnapshot("VN-TSN", null, null), "officer", "VN-MPS",
        hitLive ? [EntryId] : [], position);

    [Theory]
    [InlineData(99, 100, true)]
    [InlineData(100, 100, false)]
    [InlineData(101, 100, false)]
    [InlineData(0, 1, true)]
    public void A_crossing_answered_below_a_change_is_re_screened_and_one_answered_at_or_above_it_is_not(
        long answeredAt, long changedAt, bool expected) =>
        Assert.Equal(expected, RetroPairs.NeedsRescreen(CrossingAt(answeredAt), EntryId, changedAt));

    [Fact]
    public void A_crossing_that_hit_the_entry_live_is_left_to_the_live_alert() =>
        Assert.False(RetroPairs.NeedsRescreen(CrossingAt(5, hitLive: true), EntryId, changedAt: 10));

    [Fact]
    public void A_crossing_that_hit_another_entry_live_is_still_re_screened_for_this_one() =>
        Assert.True(RetroPairs.NeedsRescreen(CrossingAt(5) with { LiveHits = [Guid.NewGuid()] }, EntryId, changedAt: 10));

    /// <summary>One entry's versions (at increasing list positions), one crossing, and the order the messages are handled in.</summary>
    private sealed record Scenario(long[] ChangePositions, long CrossingPosition, bool HitLive, int[] Order);

    // In Order, messages 0..count-1 are the versions and count is the crossing; some are delivered twice (a redelivery).
    private static readonly Gen<Scenario> Scenarios =
        from count in Gen.Int[1, 5]
        from steps in Gen.Long[1, 3].Array[count]
        let positions = steps.Select((_, i) => 10 + steps.Take(i + 1).Sum()).ToArray()
        from crossing in Gen.Long[0, positions[^1] + 2]
        from hitLive in Gen.Bool
        from order in Gen.Shuffle(Enumerable.Range(0, count + 1).ToArray())
        from redelivered in Gen.Int[0, count].Array[0, 2]
        select new Scenario(positions, crossing, hitLive, [.. order, .. redelivered]);

    [Fact]
    public void Whatever_the_delivery_order_the_crossing_is_checked_against_the_entry_as_last_listed_exactly_once_when_it_had_not_seen_it()
        => Scenarios.Sample(s =>
        {
            var crossing = CrossingAt(s.CrossingPosition, s.HitLive);
            var checks = Handle(s, crossing);
            var last = s.ChangePositions.Length;
            var expected = !s.HitLive && s.CrossingPosition < s.ChangePositions[^1] ? 1 : 0;
            return checks.Count(v => v == last) == expected && checks.All(v => s.ChangePositions[v - 1] > s.CrossingPosition);
        }, iter: 5_000);

    /// <summary>The two handlers, serialised as the retro lock serialises them; each message id is handled once.</summary>
    private static List<int> Handle(Scenario s, Crossing crossing)
    {
        var handled = new HashSet<int>();
        (int Version, long Position)? watched = null;
        var recorded = false;
        var checks = new List<int>();
        foreach (var message in s.Order)
        {
            if (!handled.Add(message)) continue; // a redelivery: its message id is already recorded
            if (message == s.ChangePositions.Length)
            {
                recorded = true;
                if (watched is { } w && RetroPairs.NeedsRescreen(crossing, EntryId, w.Position)) checks.Add(w.Version);
                continue;
            }
            var version = message + 1;
            if (watched is { } known && known.Version >= version) continue; // an older version arriving late changes nothing
            watched = (version, s.ChangePositions[message]);
            if (recorded && RetroPairs.NeedsRescreen(crossing, EntryId, s.ChangePositions[message])) checks.Add(version);
        }
        return checks;
    }
}
