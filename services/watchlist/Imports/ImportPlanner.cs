using System.Security.Cryptography;
using System.Text;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Imports.Parsing;

namespace Watchlist.WatchlistService.Imports;

/// <summary>What an import will do, decided before anything is written.</summary>
public sealed record ImportPlan(IReadOnlyList<(Entry? Before, IEntryCommand Command)> Commands, ImportSummary Summary);

public sealed record ImportSummary(string Dataset, int Created, int Amended, int Delisted, int Unchanged, int Reinstated);

/// <summary>
/// Compares a public list's new edition with what the watchlist holds from it, as pure code:
/// new references are listed, changed ones amended, missing ones delisted, reappearing ones
/// reinstated. The import owns only what the list states (names, dates, documents…); what an
/// admin set on an imported entry (action, severity, lists, releasability) survives a re-import.
/// </summary>
public static class ImportPlanner
{
    /// <param name="fourEyes">The owner's policy for the dataset's list asks for four eyes: new entries wait for approval and
    /// delistings are requests, both approved as a whole import (<c>POST /api/imports/{dataset}/approve</c>).</param>
    public static ImportPlan Plan(string dataset, IReadOnlyList<ImportedEntry> imported, IReadOnlyList<Entry> existing, Change change,
        bool fourEyes = false)
    {
        var byReference = existing.Where(e => e.Details.Source.Reference is not null).ToDictionary(e => e.Details.Source.Reference!);
        var seen = new HashSet<string>();
        var commands = new List<(Entry?, IEntryCommand)>();
        int created = 0, amended = 0, delisted = 0, unchanged = 0, reinstated = 0;

        foreach (var item in imported)
        {
            if (!seen.Add(item.Reference)) continue; // a list repeating a reference counts once
            if (!byReference.TryGetValue(item.Reference, out var current))
            {
                commands.Add((null, new ListEntry(EntryIdFor(item.Details.OwnerAgency, dataset, item.Reference), item.Details, change,
                    fourEyes)));
                created++;
                continue;
            }
            if (current.Status == EntryStatus.Rejected) { unchanged++; continue; } // a checker refused it: final
            var wasDelisted = current.Status == EntryStatus.Delisted;
            if (wasDelisted)
            {
                commands.Add((current, new ReinstateEntry(current.Id, change with { Reason = $"Back on {dataset}." })));
                reinstated++;
            }
            var merged = ListOwned(current.Details, item.Details);
            if (EntryDiff.ChangedFields(current.Details, merged).Count > 0)
            {
                commands.Add((current, new AmendEntry(current.Id, merged, change)));
                amended++;
            }
            else if (!wasDelisted) unchanged++;
        }
        foreach (var gone in existing.Where(e =>
            e.Details.Source.Reference is { } r && !seen.Contains(r) && !IsGone(e)))
        {
            commands.Add((gone, new DelistEntry(gone.Id, change with { Reason = $"No longer on {dataset}." }, fourEyes)));
            delisted++;
        }
        return new ImportPlan(commands, new ImportSummary(dataset, created, amended, delisted, unchanged, reinstated));
    }

    /// <summary>Off the list already, or never on it (awaiting approval, rejected), or its delisting already awaits a checker.</summary>
    private static bool IsGone(Entry e) =>
        e.Status is EntryStatus.Delisted or EntryStatus.PendingApproval or EntryStatus.Rejected
        || e.Pending is { Kind: PendingKind.Delisting };

    /// <summary>The fields a public list states; the rest stays as the watchlist has it.</summary>
    private static EntryDetails ListOwned(EntryDetails current, EntryDetails imported) => current with
    {
        Names = imported.Names,
        BirthDates = imported.BirthDates,
        Gender = imported.Gender,
        Nationalities = imported.Nationalities,
        Documents = imported.Documents,
        Identifiers = imported.Identifiers,
        Remarks = imported.Remarks,
        Source = imported.Source,
    };

    /// <summary>
    /// The same list reference of one owning agency always gets the same entry id, so two imports racing each other
    /// collide on the stream instead of listing the person twice, while another agency's import of the same list
    /// lists its own entries. (Entries imported before the owner was part of the id keep theirs: re-imports match by reference.)
    /// </summary>
    public static Guid EntryIdFor(string owner, string dataset, string reference)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"watchlist-import:{owner}:{dataset}:{reference}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // RFC 9562 version 8: custom
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
