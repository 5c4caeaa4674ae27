namespace Watchlist.Matching;

/// <summary>
/// How a traveller's birth date compares with a listed one, in [0,1]: 1 exact, about 0.8
/// when partial dates agree as far as they go, 0.5 a year apart, 0 a clear conflict.
/// </summary>
internal static class BirthDateComparison
{
    public static (double Score, string Verdict) Compare(BirthDateSpan query, BirthDateSpan listed)
    {
        if (query.IsRange || listed.IsRange) return CompareYears(query, listed);
        var a = query.From;
        var b = listed.From;
        var years = Math.Abs(a.Year - b.Year);
        if (years >= 2) return (0, "conflicting year");
        if (years == 1) return (0.5, "one year apart");
        if (!a.HasMonth || !b.HasMonth) return (0.8, "same year");
        if (a.Month == b.Month)
        {
            if (!a.HasDay || !b.HasDay) return (0.85, "same month");
            return a.Day == b.Day ? (1, "exact") : (0.55, "same month, different day");
        }
        if (a.HasDay && b.HasDay && a.Day == b.Month && a.Month == b.Day) return (0.8, "day and month swapped");
        // Lists and passports record unknown dates as 1 January.
        if (IsFirstOfJanuary(a) || IsFirstOfJanuary(b)) return (0.7, "same year, 1 January placeholder");
        return (0.45, "same year, different month");
    }

    /// <summary>Score moves the name evidence: an exact date adds 0.1, a clear conflict takes 0.2.</summary>
    public static double Adjustment(double score) => score >= 0.5 ? 0.2 * (score - 0.5) : -0.4 * (0.5 - score);

    private static (double, string) CompareYears(BirthDateSpan query, BirthDateSpan listed)
    {
        var gap = Math.Max(query.From.Year - listed.To.Year, listed.From.Year - query.To.Year);
        if (gap <= 0) return (0.8, "within listed range");
        return gap == 1 ? (0.5, "one year outside range") : (0, "outside listed range");
    }

    private static bool IsFirstOfJanuary(PartialDate date) => date is { Month: 1, Day: 1 };
}
