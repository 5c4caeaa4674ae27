namespace Watchlist.WatchlistService.Screening;

/// <summary>
/// The list's high-water mark: the highest sequence below which every event is committed or will never exist. Sequences
/// are taken before commit, so the highest sequence seen can run ahead of a slower transaction that commits a lower one
/// later; the mark never does. A missing sequence (a gap) is passed only once no transaction that could still commit it
/// is open: whoever holds it took it before the gap was first seen, so when every transaction open in the database began
/// after that moment, the gap is one of a rolled-back transaction and stays empty. No timeout decides it.
/// </summary>
public sealed class ListHighWater(long start)
{
    private (long Sequence, DateTimeOffset SeenAt)? _gap;

    public long Mark { get; private set; } = start;

    /// <summary>The gaps the last <see cref="Advance"/> passed, first and last missing sequence: the only sequences at or
    /// below the mark that a transaction could still commit, should the rule above ever be wrong about one (a sequence taken
    /// before its transaction began). The reader looks for them again for a while rather than trusting the rule blindly.</summary>
    public IReadOnlyList<(long First, long Last)> Passed { get; private set; } = [];

    /// <param name="sequences">The committed sequences above the mark, ascending, read in one statement.</param>
    /// <param name="readAt">The database's clock while that statement ran (after its snapshot).</param>
    /// <param name="oldestOpen">When the oldest transaction open in the database began, read before the sequences (null: none).</param>
    public long Advance(IReadOnlyList<long> sequences, DateTimeOffset readAt, DateTimeOffset? oldestOpen)
    {
        var mark = Mark;
        var passed = new List<(long, long)>();
        foreach (var sequence in sequences)
        {
            if (sequence <= mark) continue;
            if (sequence == mark + 1) { mark = sequence; continue; }
            if (IsAbandoned(mark + 1, oldestOpen)) { passed.Add((mark + 1, sequence - 1)); mark = sequence; continue; }
            if (_gap?.Sequence != mark + 1) _gap = (mark + 1, readAt);
            break;
        }
        Passed = passed;
        return Mark = mark;
    }

    private bool IsAbandoned(long missing, DateTimeOffset? oldestOpen) =>
        _gap is { } gap && gap.Sequence == missing && (oldestOpen is null || oldestOpen > gap.SeenAt);

    /// <summary>
    /// How far one catch-up read lets the list position go: to the mark, unless the read of entry events was cut off at a
    /// page (then only to its last event, since the next page holds the rest).
    /// </summary>
    public static long Reached(long mark, int pageSize, IReadOnlyList<long> entrySequencesRead) =>
        entrySequencesRead.Count >= pageSize ? Math.Min(mark, entrySequencesRead[^1]) : mark;
}
