using Watchlist.Bench.Cases.Perturbations;
using Watchlist.Matching;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.Bench.Cases;

/// <summary>
/// The full birth date a traveller's passport shows: for a listed person, the listed date (a
/// day within the listed year when the list gives only the year); for anyone else, any date.
/// </summary>
public static class PassportDates
{
    public static TravellerInput For(TravellerInput traveller, MatchableEntry entry, Random random)
    {
        if (traveller.BirthDate is not null || !Listing.IsPerson(entry)) return traveller;
        if (Listing.FullBirthDate(entry) is { } full) return traveller with { BirthDate = full };
        var year = entry.BirthDates.FirstOrDefault(d => d.Length == 4);
        return year is null ? traveller : traveller with { BirthDate = DayIn(int.Parse(year), random) };
    }

    public static TravellerInput Any(TravellerInput traveller, Random random) =>
        traveller with { BirthDate = DayIn(1940 + random.Next(66), random) };

    private static string DayIn(int year, Random random) =>
        new DateOnly(year, 1, 1).AddDays(random.Next(DateTime.IsLeapYear(year) ? 366 : 365)).ToString("yyyy-MM-dd");
}
