namespace Watchlist.Matching;

/// <summary>Writes the officer-facing explanation of a hit; only hits pay for this.</summary>
internal static class HitExplanation
{
    public static List<MatchEvidence> Describe(PreparedQuery query, IndexedEntry entry, in Assessment result)
    {
        var evidence = new List<MatchEvidence>(6);
        if (result.Name > 0)
        {
            var listed = entry.Names[result.ListedName];
            evidence.Add(new(MatchFeature.Name, Round(result.Name),
                $"'{query.Names[result.QueryName].Display}' ~ '{listed.Display}' ({Describe(listed.Type)})"));
        }
        if (result.BirthDate >= 0 && query.BirthDate is { } date)
        {
            var listed = entry.BirthDates[result.ListedBirthDate];
            var (_, verdict) = BirthDateComparison.Compare(date, listed);
            evidence.Add(new(MatchFeature.BirthDate, Round(result.BirthDate), $"{date} vs listed {listed}: {verdict}"));
        }
        if (result.Document > 0)
        {
            var (asked, listed) = (query.Documents[result.QueryDocument], entry.Documents[result.ListedDocument]);
            var (_, verdict) = DocumentComparison.Compare(asked, listed);
            evidence.Add(new(MatchFeature.Document, Round(result.Document), $"{asked} vs listed {listed}: {verdict}"));
        }
        if (result.Identifier > 0)
        {
            var (asked, listed) = (query.Identifiers[result.QueryIdentifier], entry.Identifiers[result.ListedIdentifier]);
            var (_, verdict) = IdentifierComparison.Compare(asked, listed);
            evidence.Add(new(MatchFeature.Identifier, Round(result.Identifier),
                $"{asked.Type} {asked.Value} vs listed {listed.Value}: {verdict}"));
        }
        if (result.Gender != 0)
            evidence.Add(new(MatchFeature.Gender, result.Gender > 0 ? 1 : 0, $"{query.Gender} vs listed {entry.Gender}"));
        if (result.Nationality != 0)
        {
            var among = result.Nationality > 0 ? "among" : "not among";
            evidence.Add(new(MatchFeature.Nationality, result.Nationality > 0 ? 1 : 0,
                $"{query.Nationality} {among} listed {string.Join(", ", entry.Nationalities)}"));
        }
        return evidence;
    }

    private static double Round(double score) => Math.Round(score, 4);

    private static string Describe(NameType type) => type switch
    {
        NameType.Primary => "primary name",
        NameType.Alias => "alias",
        _ => "weak alias",
    };
}
