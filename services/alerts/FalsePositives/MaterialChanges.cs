using Marten;
using Watchlist.Contracts.Entries;

namespace Watchlist.Alerts.FalsePositives;

/// <summary>
/// A material change to an entry (its names, birth dates, documents or identifiers) ends what was remembered about it:
/// the person now described may be the traveller after all.
/// </summary>
public static class MaterialChanges
{
    public static readonly string[] MaterialFields = ["names", "birthDates", "documents", "identifiers"];

    public static bool IsMaterial(EntryChanged changed) => changed.ChangeType == "AMENDED"
        && changed.ChangedFields.Any(MaterialFields.Contains);

    /// <returns>Whether the change was material (and so ended whatever memory the entry had).</returns>
    public static async Task<bool> EndMemoryAsync(IDocumentSession session, EntryChanged changed, CancellationToken ct)
    {
        if (!IsMaterial(changed)) return false;
        var entryId = changed.Entry.Id;
        var remembered = await session.Query<FalsePositive>().Where(f => f.EntryId == entryId && f.Active).ToListAsync(ct);
        var because = $"Entry version {changed.Entry.Version} changed " +
            $"{string.Join(", ", changed.ChangedFields.Where(MaterialFields.Contains))}.";
        foreach (var fp in remembered) session.Store(fp.End(changed.Change.Actor, because, changed.Change.At));
        return true;
    }
}
