namespace Watchlist.WatchlistService.Content.Extraction;

/// <summary>
/// Everything a recruitment post names that can be screened: pure, so that the endpoint, retro-screening and the
/// benchmark read a post the same way.
/// </summary>
public static class PostExtractor
{
    /// <param name="text">The post as written.</param>
    /// <param name="region">Where national-form phone numbers are read (<see cref="PhoneRegion"/>); null finds only +numbers.</param>
    public static ExtractedItems Extract(string text, string? region)
    {
        var clean = PostText.Clean(text);
        var masked = clean.ToCharArray();
        var phones = new UniqueList<string>();
        var emails = new UniqueList<string>();
        var handles = new UniqueList<ExtractedHandle>();
        var websites = new UniqueList<string>();
        // Addresses first, then masked out: the digits of a Facebook id or a link's path are not phone numbers, and an
        // e-mail's domain is not a website.
        foreach (var (start, length, email) in ContactFinders.Emails(clean))
        {
            emails.Add(email);
            PostText.Mask(masked, start, length);
        }
        foreach (var link in LinkFinder.Find(new string(masked)))
        {
            var (handle, phoneDigits) = SocialLinks.Account(link);
            if (handle is not null) handles.Add(handle);
            else websites.Add(SocialLinks.Website(link));
            if (phoneDigits is not null && PhoneFinder.Parse(phoneDigits, region ?? "VN") is { } phone) phones.Add(phone);
            PostText.Mask(masked, link.Start, link.Length);
        }
        foreach (var (start, length, mention) in ContactFinders.Mentions(new string(masked)))
        {
            handles.Add(mention);
            PostText.Mask(masked, start, length); // "@kim570 0813…" is not the number 570 0813…
        }
        var rest = new string(masked);
        foreach (var phone in PhoneFinder.Find(rest, region)) phones.Add(phone);
        var organisations = new UniqueList<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var organisation in OrganisationFinder.Find(rest)) organisations.Add(organisation);
        var names = new UniqueList<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in SignatureFinder.Find(rest)) names.Add(name);
        return new ExtractedItems(phones.Items, emails.Items, handles.Items, websites.Items, organisations.Items, names.Items);
    }

    private sealed class UniqueList<T>(IEqualityComparer<T>? comparer = null)
    {
        private readonly HashSet<T> _seen = new(comparer);

        public List<T> Items { get; } = [];

        public void Add(T item)
        {
            if (_seen.Add(item)) Items.Add(item);
        }
    }
}
