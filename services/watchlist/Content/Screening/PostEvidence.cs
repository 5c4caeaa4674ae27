using Watchlist.WatchlistService.Content.Extraction;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.WatchlistService.Content.Screening;

/// <summary>
/// Why a post hit an entry, in the words a cyber officer reads: "phone +84912345678 in the post", one line for each item
/// of the post that the entry is listed with.
/// </summary>
public static class PostEvidence
{
    public static IReadOnlyList<Explanation> Of(ExtractedItems items, Entry entry)
    {
        var lines = new List<Explanation>();
        foreach (var listed in entry.Details.Identifiers)
        {
            var found = listed.Type switch
            {
                IdentifierType.Phone => items.Phones.Where(p => p == listed.Value).Select(p => $"phone {p}"),
                IdentifierType.Email => items.Emails.Where(e => string.Equals(e, listed.Value, StringComparison.OrdinalIgnoreCase))
                    .Select(e => $"e-mail {e}"),
                IdentifierType.SocialHandle => items.Handles
                    .Where(h => string.Equals(h.Value, listed.Value, StringComparison.OrdinalIgnoreCase)
                        && (h.Platform is null || listed.Platform is null || string.Equals(h.Platform, listed.Platform,
                            StringComparison.OrdinalIgnoreCase)))
                    .Select(h => h.Platform is null ? $"handle {h.Value}" : $"{h.Platform} account {h.Value}"),
                _ => items.Websites.Where(w => SameSite(w, listed.Value)).Select(w => $"website {w}"),
            };
            lines.AddRange(found.Distinct().Select(detail => new Explanation("identifier", 1, $"{detail} in the post")));
        }
        return lines;
    }

    /// <summary>A listed site is the post's link or the site the link is on.</summary>
    private static bool SameSite(string linked, string listed)
    {
        var site = listed.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? listed[4..] : listed;
        return string.Equals(linked, site, StringComparison.OrdinalIgnoreCase)
            || linked.StartsWith(site + "/", StringComparison.OrdinalIgnoreCase);
    }
}
