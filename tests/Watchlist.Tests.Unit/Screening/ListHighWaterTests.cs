using Watchlist.WatchlistService.Screening;

namespace Watchlist.Tests.Unit.Screening;

/// <summary>The list position a screening records: never past a sequence that an open transaction may still commit.</summary>
public sealed class ListHighWaterTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_mark_follows_contiguous_sequences() =>
        Assert.Equal(13, new ListHighWater(10).Advance([11, 12, 13], T0, oldestOpen: null));

    [Fact]
    public void A_gap_holds_the_mark_below_it_while_a_transaction_older_than_the_gap_is_open()
    {
        var mark = new ListHighWater(10);
        Assert.Equal(11, mark.Advance([11, 13, 14], T0, oldestOpen: T0.AddSeconds(-1)));
        // Seen again much later, still missing, and the transaction that could hold 12 is still open: no timeout passes it.
        Assert.Equal(11, mark.Advance([13, 14], T0.AddMinutes(5), oldestOpen: T0.AddSeconds(-1)));
    }

    [Fact]
    public void A_late_commit_fills_the_gap_and_the_mark_moves_on()
    {
        var mark = new ListHighWater(10);
        mark.Advance([11, 13], T0, oldestOpen: T0.AddSeconds(-1));
        Assert.Equal(14, mark.Advance([12, 13, 14], T0.AddSeconds(1), oldestOpen: null));
    }

    [Fact]
    public void A_gap_is_passed_once_every_open_transaction_began_after_it_was_first_seen()
    {
        var mark = new ListHighWater(10);
        Assert.Equal(10, mark.Advance([12, 13], T0, oldestOpen: T0.AddSeconds(-1)));
        Assert.Equal(13, mark.Advance([12, 13], T0.AddSeconds(1), oldestOpen: T0.AddMilliseconds(500)));
    }

    [Fact]
    public void A_gap_passed_is_reported_whole_so_that_the_reader_can_look_for_it_again()
    {
        var mark = new ListHighWater(10);
        mark.Advance([11, 15], T0, oldestOpen: T0.AddSeconds(-1));
        Assert.Empty(mark.Passed);
        Assert.Equal(15, mark.Advance([11, 15], T0.AddSeconds(1), oldestOpen: T0.AddMilliseconds(500)));
        Assert.Equal([(12L, 14L)], mark.Passed);
        mark.Advance([16], T0.AddSeconds(2), oldestOpen: null);
        Assert.Empty(mark.Passed); // reported by the call that passed it, once
    }

    [Fact]
    public void A_gap_seen_for_the_first_time_is_never_passed_at_once_even_with_no_transaction_open() =>
        Assert.Equal(10, new ListHighWater(10).Advance([12], T0, oldestOpen: null));

    [Fact]
    public void A_new_gap_above_a_passed_one_waits_for_its_own_evidence()
    {
        var mark = new ListHighWater(10);
        mark.Advance([12, 14], T0, oldestOpen: null);
        Assert.Equal(12, mark.Advance([12, 14], T0.AddSeconds(1), oldestOpen: null));
        Assert.Equal(14, mark.Advance([14], T0.AddSeconds(2), oldestOpen: null));
    }

    [Theory]
    [InlineData(100, 3, 90, 100)]
    [InlineData(100, 2, 90, 90)]
    [InlineData(95, 2, 99, 95)]
    public void A_page_cut_short_holds_the_position_at_its_last_entry_event(long mark, int pageSize, long lastRead, long expected) =>
        Assert.Equal(expected, ListHighWater.Reached(mark, pageSize, [lastRead - 1, lastRead]));
}
