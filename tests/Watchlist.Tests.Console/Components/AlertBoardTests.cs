using Watchlist.WebConsole.Alerts;

namespace Watchlist.Tests.Console.Components;

public sealed class AlertBoardTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    internal static Alert Alert(
        Guid id, int version, DateTimeOffset raisedAt, string status = "OPEN", string post = "VN-TSN", string severity = "CRITICAL",
        string name = "Nguyễn Văn Hùng", DateTimeOffset? sla = null) =>
        new(id, version, status, severity, 0, Guid.NewGuid(), 1, name, name, "ARREST", "HUMAN_TRAFFICKING", ["trafficking-suspects"], post,
            new ScreenedTraveller([name], "1980-05-12", null, "VN", [new ScreenedDocument("PASSPORT", "C1234567", "VN")], []),
            0.97, "MATCH", [Guid.NewGuid()], 1, raisedAt, raisedAt, sla,
            null, null, null, null, null, null, null, false, "VN-MPS", "VN-MPS");

    [Fact]
    public void Alerts_are_newest_first_whatever_order_they_arrive_in()
    {
        var board = new AlertBoard();
        var ids = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToArray();
        foreach (var i in new[] { 2, 0, 4, 1, 3 }) board.Upsert(Alert(ids[i], 1, T0.AddMinutes(i)));
        Assert.Equal(ids.Reverse(), board.Alerts.Select(a => a.Id));
    }

    [Fact]
    public void An_older_version_never_replaces_a_newer_one_so_the_load_and_the_feed_may_arrive_in_any_order()
    {
        var board = new AlertBoard();
        var id = Guid.NewGuid();
        Assert.True(board.Upsert(Alert(id, 2, T0, status: "ACKNOWLEDGED")));
        Assert.False(board.Upsert(Alert(id, 1, T0)));
        Assert.False(board.Upsert(Alert(id, 2, T0, status: "ACKNOWLEDGED")));
        Assert.Equal("ACKNOWLEDGED", Assert.Single(board.Alerts).Status);
        Assert.True(board.Knows(id, 1));
        Assert.False(board.Knows(id, 3));
    }

    [Fact]
    public void An_alert_that_leaves_the_filter_leaves_the_board_and_one_outside_it_never_joins()
    {
        var board = new AlertBoard();
        board.Reset(new BoardFilter(Post: "vn-tsn", Status: "OPEN"));
        var id = Guid.NewGuid();
        Assert.True(board.Upsert(Alert(id, 1, T0)));
        Assert.False(board.Upsert(Alert(Guid.NewGuid(), 1, T0, post: "VN-HAN")));
        Assert.True(board.Upsert(Alert(id, 2, T0, status: "RESOLVED")));
        Assert.Empty(board.Alerts);
    }

    [Fact]
    public void The_filter_is_the_same_query_the_first_load_asks_for()
    {
        Assert.Equal("", new BoardFilter().Query());
        // One field for a post or a unit: both are asked, and the alerts service answers alerts of either.
        Assert.Equal("borderPost=VN-TSN&unit=VN-TSN&severity=HIGH&status=OPEN", new BoardFilter(" vn-tsn ", "HIGH", "OPEN").Query());
    }
}
