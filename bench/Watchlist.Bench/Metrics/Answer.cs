using Watchlist.Bench.Cases;

namespace Watchlist.Bench.Metrics;

/// <summary>
/// A labelled query with what a screener returned. A positive is found when its entry is among
/// the hits; any hit on a negative is a false hit, and so is a positive flagged only by others.
/// </summary>
public sealed record Answer(LabelledQuery Query, IReadOnlyList<Hit> Hits)
{
    public bool Flagged => Hits.Count > 0;

    public bool FlaggedAtMatch => Hits.Any(h => h.IsMatch);

    public bool Found => Hits.Any(h => Query.Accepts(h.EntryId));

    public bool FoundAtMatch => Hits.Any(h => h.IsMatch && Query.Accepts(h.EntryId));

    public bool FalselyFlagged => Flagged && !Found;

    public bool FalselyFlaggedAtMatch => FlaggedAtMatch && !FoundAtMatch;
}
