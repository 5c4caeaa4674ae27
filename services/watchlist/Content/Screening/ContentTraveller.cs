using Watchlist.WatchlistService.Content.Extraction;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Screening;
using ScreeningQuery = Watchlist.Matching.ScreeningQuery;

namespace Watchlist.WatchlistService.Content.Screening;

/// <summary>
/// A post's items as the one thing the engine screens, so that a post meets the same engine and policy as a traveller:
/// identifiers as identifiers, organisations and signed names as names.
/// </summary>
public static class ContentTraveller
{
    /// <summary>The post in the engine's terms; its phones were read in the post's region already (PhoneRegion), so no place.</summary>
    public static ScreeningQuery QueryOf(ExtractedItems items) => Screener.QueryOf(Of(items), place: null);

    public static TravellerInput Of(ExtractedItems items)
    {
        var identifiers = new List<IdentifierInput>();
        identifiers.AddRange(items.Phones.Select(p => new IdentifierInput(IdentifierType.Phone, p, null)));
        identifiers.AddRange(items.Emails.Select(e => new IdentifierInput(IdentifierType.Email, e, null)));
        identifiers.AddRange(items.Handles.Select(h => new IdentifierInput(IdentifierType.SocialHandle, h.Value, h.Platform)));
        foreach (var site in items.Websites)
        {
            identifiers.Add(new IdentifierInput(IdentifierType.Website, site, null));
            // A listed site is usually a bare domain; a post links to a page of it.
            var slash = site.IndexOf('/');
            if (slash > 0) identifiers.Add(new IdentifierInput(IdentifierType.Website, site[..slash], null));
        }
        return new TravellerInput(Names: [.. items.Organisations, .. items.Names], Identifiers: identifiers);
    }
}
