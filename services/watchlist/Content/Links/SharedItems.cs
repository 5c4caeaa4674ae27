using Watchlist.WatchlistService.Content.Extraction;
using Watchlist.WatchlistService.Entries;

namespace Watchlist.WatchlistService.Content.Links;

/// <summary>A phone, handle, e-mail, website or document that two records have in common.</summary>
public sealed record SharedItem(string Type, string Value);

/// <summary>
/// What an entry or a post can share with another, each in one comparable form: phones E.164, e-mails and handles in lower
/// case (a handle by its name: the same name on two platforms is worth a look), websites without "www.", documents by
/// country and number without spaces or dashes. Pure, so the broker network is the same however it is read.
/// </summary>
public static class SharedItems
{
    public static IReadOnlyList<SharedItem> Of(EntryDetails entry) =>
    [
        .. entry.Identifiers.Select(i => i.Type switch
        {
            IdentifierType.Phone => new SharedItem("PHONE", i.Value),
            IdentifierType.Email => new SharedItem("EMAIL", i.Value.ToLowerInvariant()),
            IdentifierType.SocialHandle => new SharedItem("SOCIAL_HANDLE", i.Value.ToLowerInvariant()),
            _ => new SharedItem("WEBSITE", Site(i.Value)),
        }),
        .. entry.Documents.Select(d => new SharedItem("DOCUMENT",
            $"{d.Country}:{new string(d.Number.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant()}")),
    ];

    /// <summary>A post's items; a link to a page of a site shares the site as well.</summary>
    public static IReadOnlyList<SharedItem> Of(ExtractedItems post) =>
    [
        .. post.Phones.Select(p => new SharedItem("PHONE", p)),
        .. post.Emails.Select(e => new SharedItem("EMAIL", e)),
        .. post.Handles.Select(h => new SharedItem("SOCIAL_HANDLE", h.Value)),
        .. post.Websites.SelectMany(w => w.IndexOf('/') is var slash and > 0 ? [w, w[..slash]] : new[] { w })
            .Select(w => new SharedItem("WEBSITE", Site(w))),
    ];

    public static IReadOnlyList<SharedItem> Between(IReadOnlyList<SharedItem> one, IReadOnlyList<SharedItem> other) =>
        one.Intersect(other).Distinct().ToList();

    private static string Site(string address)
    {
        var lower = address.ToLowerInvariant().TrimEnd('/');
        return lower.StartsWith("www.", StringComparison.Ordinal) ? lower[4..] : lower;
    }
}
