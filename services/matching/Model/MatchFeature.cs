namespace Watchlist.Matching;

public enum MatchFeature
{
    Name,
    BirthDate,
    Document,
    Identifier,
    Gender,
    Nationality,
}
