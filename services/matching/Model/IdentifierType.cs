namespace Watchlist.Matching;

public enum IdentifierType
{
    Phone,
    Email,
    SocialHandle,
    Website,
}
