using System.Diagnostics;

namespace Watchlist.Matching;

/// <summary>
/// Where a bulk load's time went, for the bench (<see cref="ScreeningIndex.UpsertMany(IEnumerable{MatchableEntry}, BulkLoadTimings?)"/>):
/// the drafting phases summed over the threads that ran them (so they may exceed the wall clock), the writer's share, and
/// how long the writer waited for a draft. Filled only when asked for: the services load without it.
/// </summary>
public sealed class BulkLoadTimings
{
    private long _folding;
    private long _names;
    private long _identities;
    private long _keys;
    private long _writer;
    private long _waiting;

    /// <summary>Folding each listed name into tokens (and the given name with one-part aliases), all threads.</summary>
    public double FoldingSeconds => Seconds(_folding);

    /// <summary>The names' terms (registered in the vocabulary) and prepared names (legal forms, marked letters).</summary>
    public double NamesSeconds => Seconds(_names);

    /// <summary>Birth dates, nationalities, documents, identifiers (phones parsed, addresses read).</summary>
    public double IdentitiesSeconds => Seconds(_identities);

    /// <summary>The hashes of the entry's directory keys.</summary>
    public double KeysSeconds => Seconds(_keys);

    /// <summary>The one writer: versions checked, entries filed, slots appended to postings and the directory grown.</summary>
    public double WriterSeconds => Seconds(_writer);

    /// <summary>The writer waiting for the next batch's drafts.</summary>
    public double WaitingSeconds => Seconds(_waiting);

    /// <summary>Directory keys (everything but plain name tokens) and distinct name tokens after the load.</summary>
    public int DirectoryKeys { get; internal set; }

    public int Terms { get; internal set; }

    public override string ToString() =>
        $"drafting (summed over threads) {FoldingSeconds + NamesSeconds + IdentitiesSeconds + KeysSeconds:0.00} s: folding " +
        $"{FoldingSeconds:0.00} s, names {NamesSeconds:0.00} s, identities {IdentitiesSeconds:0.00} s, keys {KeysSeconds:0.00} s; " +
        $"writer {WriterSeconds:0.00} s, waiting for drafts {WaitingSeconds:0.00} s; {DirectoryKeys:N0} directory keys, " +
        $"{Terms:N0} terms";

    internal void AddDraft(in DraftTicks ticks)
    {
        Interlocked.Add(ref _folding, ticks.Folding);
        Interlocked.Add(ref _names, ticks.Names);
        Interlocked.Add(ref _identities, ticks.Identities);
        Interlocked.Add(ref _keys, ticks.Keys);
    }

    internal void AddWriter(long ticks) => _writer += ticks;

    internal void AddWaiting(long ticks) => _waiting += ticks;

    private static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;
}

/// <summary>One drafting thread's stopwatch ticks per phase, summed locally and added to the timings once per batch.</summary>
internal struct DraftTicks
{
    public long Folding;
    public long Names;
    public long Identities;
    public long Keys;
}
