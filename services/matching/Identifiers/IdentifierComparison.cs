namespace Watchlist.Matching;

/// <summary>Compares phones, e-mails, handles and web addresses; an exact one decides on its own.</summary>
internal static class IdentifierComparison
{
    public static (double Score, string Verdict) Compare(PreparedIdentifier query, PreparedIdentifier listed)
    {
        if (query.Type != listed.Type) return (0, "");
        var same = string.Equals(query.Value, listed.Value, StringComparison.Ordinal);
        switch (query.Type)
        {
            case IdentifierType.Phone when same:
                return (1, "same phone number");
            case IdentifierType.Phone when !(query.HasCountry && listed.HasCountry)
                && string.Equals(query.NationalNumber, listed.NationalNumber, StringComparison.Ordinal):
                return (0.8, "same national number, country not known on one side");
            case IdentifierType.SocialHandle when same:
                if (query.Platform is null || listed.Platform is null) return (0.9, "same handle, platform not known on one side");
                return string.Equals(query.Platform, listed.Platform, StringComparison.Ordinal)
                    ? (1, $"same handle on {query.Platform}")
                    : (0.7, $"same handle on {query.Platform} and {listed.Platform}");
            case IdentifierType.Email when same:
                return (1, "same e-mail address");
            case IdentifierType.Website when same:
                return (1, "same web address");
            default:
                return (0, "");
        }
    }
}
