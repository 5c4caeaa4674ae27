namespace Watchlist.Matching;

/// <summary>The postings keys of an identifier, the same on the entry and the query side.</summary>
internal static class IdentifierKeys
{
    public static IEnumerable<(KeyKind Kind, string Value)> Of(PreparedIdentifier identifier)
    {
        switch (identifier.Type)
        {
            case IdentifierType.Phone:
                if (identifier.HasCountry) yield return (KeyKind.Phone, identifier.Value);
                yield return (KeyKind.NationalPhone, identifier.NationalNumber!);
                break;
            case IdentifierType.Email:
                yield return (KeyKind.Email, identifier.Value);
                break;
            case IdentifierType.SocialHandle:
                // Platform-free on purpose: the same handle elsewhere is still worth a look.
                yield return (KeyKind.SocialHandle, identifier.Value);
                break;
            default:
                yield return (KeyKind.Website, identifier.Value);
                break;
        }
    }
}
