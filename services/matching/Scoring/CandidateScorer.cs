namespace Watchlist.Matching;

/// <summary>
/// Precise scoring of one candidate. Three kinds of evidence can each carry a hit alone:
/// the name (moved up or down by birth date, gender and nationality), a document and an
/// identifier. The strongest decides; a second one that is itself fairly strong
/// corroborates it (noisy-or), so a fuzzy document read plus a matching name is a MATCH.
/// </summary>
internal static class CandidateScorer
{
    /// <summary>Below this, evidence is too weak to corroborate another feature.</summary>
    private const double Corroboration = 0.6;

    /// <summary>A birth date comparison at or below this is a clear conflict (years apart).</summary>
    private const double ClearDateConflict = 0.0;

    private const double GenderAgrees = 0.02;
    private const double GenderConflicts = -0.10;
    private const double NationalityAgrees = 0.03;
    private const double NationalityConflicts = -0.05;

    public static Assessment Assess(PreparedQuery query, IndexedEntry entry, int population)
    {
        var result = Assessment.NotCompared;
        CompareNames(query, entry, population, ref result);
        CompareBirthDates(query, entry, ref result);
        CompareDocuments(query, entry, ref result);
        CompareIdentifiers(query, entry, ref result);
        if (query.Gender != Gender.Unknown && entry.Gender != Gender.Unknown)
            result.Gender = query.Gender == entry.Gender ? 1 : -1;
        if (query.Nationality is not null && entry.Nationalities.Length > 0)
            result.Nationality = Array.IndexOf(entry.Nationalities, query.Nationality) >= 0 ? 1 : -1;
        // Rounded here so that the score shown and the band it falls in always agree.
        result.Score = Math.Round(Combine(NameEvidence(result), result.Document, result.Identifier), 4);
        return result;
    }

    private static double NameEvidence(in Assessment result)
    {
        if (result.Name <= 0) return -1;
        double support = 0, conflict = 0;
        if (result.BirthDate >= 0)
        {
            var adjustment = BirthDateComparison.Adjustment(result.BirthDate);
            if (adjustment > 0) support += adjustment;
            else conflict += adjustment;
        }
        // Namesakes share gender and nationality too: neither may outweigh a conflicting birth date.
        var birthDateConflicts = result.BirthDate is >= 0 and < 0.5;
        if (result.Gender == 1 && !birthDateConflicts) support += GenderAgrees;
        if (result.Gender == -1) conflict += GenderConflicts;
        if (result.Nationality == 1 && !birthDateConflicts) support += NationalityAgrees;
        if (result.Nationality == -1) conflict += NationalityConflicts;
        // A clear conflict also costs the name's own doubt: a namesake spelt alike stays worth a
        // review, but a name that differs too (a letter, a missing part) belongs to someone else.
        if (result.BirthDate is >= 0 and <= ClearDateConflict) conflict -= 1 - result.Name;
        // Agreeing details are common to many people, so they lift a weak name only a little.
        return Math.Clamp(result.Name + support * result.Name + conflict, 0, 1);
    }

    private static double Combine(double a, double b, double c)
    {
        // Sort the three descending; "not compared" (−1) sinks to the bottom.
        if (a < b) (a, b) = (b, a);
        if (b < c) (b, c) = (c, b);
        if (a < b) (a, b) = (b, a);
        if (a <= 0) return 0;
        return b >= Corroboration ? 1 - (1 - a) * (1 - b) : a;
    }

    /// <summary>One name the other's initials ("PTK" / "Pouya Tamin Kish"): worth a review, never a match alone.</summary>
    private const double AcronymScore = 0.7;

    private static void CompareNames(PreparedQuery query, IndexedEntry entry, int population, ref Assessment result)
    {
        if (query.Names.Length == 0 || entry.Names.Length == 0) return;
        result.Name = 0;
        var organisation = entry.Kind == EntryKind.Organisation;
        for (var q = 0; q < query.Names.Length; q++)
        {
            for (var e = 0; e < entry.Names.Length; e++)
            {
                var score = NameComparer.Compare(query.Names[q], query.NameWeights[q], entry.Names[e], population, organisation);
                if (organisation && score < AcronymScore && Acronyms.Spell(query.Names[q], entry.Names[e])) score = AcronymScore;
                if (score <= result.Name) continue;
                result.Name = score;
                result.QueryName = q;
                result.ListedName = e;
            }
        }
    }

    private static void CompareBirthDates(PreparedQuery query, IndexedEntry entry, ref Assessment result)
    {
        if (query.BirthDate is not { } date || entry.BirthDates.Length == 0) return;
        for (var e = 0; e < entry.BirthDates.Length; e++)
        {
            var (score, _) = BirthDateComparison.Compare(date, entry.BirthDates[e]);
            if (score <= result.BirthDate) continue;
            result.BirthDate = score;
            result.ListedBirthDate = e;
        }
    }

    private static void CompareDocuments(PreparedQuery query, IndexedEntry entry, ref Assessment result)
    {
        for (var q = 0; q < query.Documents.Length; q++)
        {
            for (var e = 0; e < entry.Documents.Length; e++)
            {
                var (score, _) = DocumentComparison.Compare(query.Documents[q], entry.Documents[e]);
                if (score <= 0 || score <= result.Document) continue;
                result.Document = score;
                result.QueryDocument = q;
                result.ListedDocument = e;
            }
        }
    }

    private static void CompareIdentifiers(PreparedQuery query, IndexedEntry entry, ref Assessment result)
    {
        for (var q = 0; q < query.Identifiers.Length; q++)
        {
            for (var e = 0; e < entry.Identifiers.Length; e++)
            {
                var (score, _) = IdentifierComparison.Compare(query.Identifiers[q], entry.Identifiers[e]);
                if (score <= 0 || score <= result.Identifier) continue;
                result.Identifier = score;
                result.QueryIdentifier = q;
                result.ListedIdentifier = e;
            }
        }
    }
}
