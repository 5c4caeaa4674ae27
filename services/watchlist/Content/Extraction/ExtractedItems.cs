namespace Watchlist.WatchlistService.Content.Extraction;

/// <summary>A social-media account found in a post, in the canonical form the screening engine compares.</summary>
public sealed record ExtractedHandle(string? Platform, string Value);

/// <summary>
/// What a post names, each item once, in order of first appearance and in the form screening compares: phones E.164,
/// e-mails lower-cased, handles without @ or URL, websites without scheme or "www.".
/// </summary>
public sealed record ExtractedItems(
    IReadOnlyList<string> Phones,
    IReadOnlyList<string> Emails,
    IReadOnlyList<ExtractedHandle> Handles,
    IReadOnlyList<string> Websites,
    IReadOnlyList<string> Organisations,
    IReadOnlyList<string> Names)
{
    public int Count => Phones.Count + Emails.Count + Handles.Count + Websites.Count + Organisations.Count + Names.Count;
}
