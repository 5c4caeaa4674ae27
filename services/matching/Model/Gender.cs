namespace Watchlist.Matching;

public enum Gender
{
    Unknown,
    Male,
    Female,
}
