namespace Watchlist.WebConsole.Alerts;

/// <summary>
/// The alerts on one open board, newest first. The first load and the live feed both write through <see cref="Upsert"/>,
/// which keeps the highest version of each alert: whichever of the two arrives first, the board ends in the same state,
/// and an alert that no longer fits the filter (resolved while the board shows open ones) leaves it.
/// </summary>
public sealed class AlertBoard
{
    private static readonly Comparer<Alert> NewestFirst = Comparer<Alert>.Create((a, b) =>
        b.RaisedAt.CompareTo(a.RaisedAt) is var byTime and not 0 ? byTime : b.Id.CompareTo(a.Id));

    private readonly List<Alert> _alerts = [];
    private readonly Dictionary<Guid, Alert> _byId = [];

    public BoardFilter Filter { get; private set; } = new();

    /// <summary>Changes whenever the board does, so that a grid knows to read it again.</summary>
    public int Revision { get; private set; }

    public IReadOnlyList<Alert> Alerts => _alerts;

    public int Count => _alerts.Count;

    public void Reset(BoardFilter filter)
    {
        Filter = filter;
        _alerts.Clear();
        _byId.Clear();
        Revision++;
    }

    /// <returns>Whether the board changed.</returns>
    public bool Upsert(Alert alert)
    {
        if (_byId.TryGetValue(alert.Id, out var known))
        {
            if (known.Version >= alert.Version) return false;
            _alerts.RemoveAt(IndexOf(known));
            _byId.Remove(alert.Id);
        }
        if (Filter.Matches(alert))
        {
            var at = _alerts.BinarySearch(alert, NewestFirst);
            _alerts.Insert(at < 0 ? ~at : at, alert);
            _byId[alert.Id] = alert;
        }
        else if (known is null) return false;
        Revision++;
        return true;
    }

    public bool Knows(Guid id, int version) => _byId.TryGetValue(id, out var known) && known.Version >= version;

    private int IndexOf(Alert alert) => _alerts.BinarySearch(alert, NewestFirst);
}
