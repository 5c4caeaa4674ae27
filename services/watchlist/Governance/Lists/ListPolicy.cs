using System.Security.Cryptography;
using System.Text;
using Watchlist.WatchlistService.Entries;

namespace Watchlist.WatchlistService.Governance.Lists;

/// <summary>
/// How an agency governs the entries it keeps on one list. Each agency has its own policy per list name (a list name such as
/// "trafficking-suspects" is shared vocabulary, not shared data): an agency never governs, nor sees, another's entries.
/// </summary>
/// <param name="ReviewEveryDays">Sets reviewBy on listing and on review, so no entry stays unchecked longer than this.</param>
/// <param name="AutoSuspendOverdueDays">An active entry whose review is overdue this long is suspended by the system.</param>
public sealed record ListPolicyTerms(bool FourEyes, int? ReviewEveryDays, int? AutoSuspendOverdueDays);

/// <summary>A list policy as it stands: the state folded from its stream, and the document the lists are read from.</summary>
public sealed record ListPolicy(Guid Id, int Version, string List, string OwnerAgency, ListPolicyTerms Terms, Change LastChange)
{
    /// <summary>One stream per agency and list name, so two first PUTs racing each other collide instead of forking.</summary>
    public static Guid IdOf(string ownerAgency, string list)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"watchlist-list-policy:{ownerAgency}:{list}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // RFC 9562 version 8: custom
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}

/// <summary>The one fact of a list policy: its terms were set, by whom, when and why.</summary>
public sealed record ListPolicySet(Guid PolicyId, string List, string OwnerAgency, ListPolicyTerms Terms, Change Change);

/// <summary>The list policy's rules, pure: setting the same terms again is no change, so a retried PUT records nothing.</summary>
public static class ListPolicyDecider
{
    public static IReadOnlyList<ListPolicySet> Decide(string list, string owner, ListPolicyTerms terms, Change change, ListPolicy? state) =>
        state is not null && state.Terms == terms ? [] : [new ListPolicySet(ListPolicy.IdOf(owner, list), list, owner, terms, change)];

    public static ListPolicy Evolve(ListPolicy? state, ListPolicySet set) =>
        new(set.PolicyId, (state?.Version ?? 0) + 1, set.List, set.OwnerAgency, set.Terms, set.Change);

    public static ListPolicy? Fold(ListPolicy? state, IEnumerable<ListPolicySet> events) =>
        events.Aggregate(state, (s, e) => Evolve(s, e));
}
