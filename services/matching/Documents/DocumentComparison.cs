namespace Watchlist.Matching;

/// <summary>
/// Compares document numbers. The same number and country is decisive on its own; a number
/// read with OCR-confusable characters or one swapped pair is only worth a review.
/// </summary>
internal static class DocumentComparison
{
    public static (double Score, string Verdict) Compare(PreparedDocument query, PreparedDocument listed)
    {
        if (query.Number.Length == 0 || listed.Number.Length == 0) return (0, "");
        double score;
        string verdict;
        if (string.Equals(query.Number, listed.Number, StringComparison.Ordinal))
        {
            (score, verdict) = (1.0, "same number");
        }
        else if (!query.IsFuzzyReadable || !listed.IsFuzzyReadable)
        {
            return (0, "");
        }
        else if (string.Equals(query.OcrFolded, listed.OcrFolded, StringComparison.Ordinal))
        {
            (score, verdict) = (0.82, "same number up to OCR-confusable characters");
        }
        else if (DocumentNumber.IsAdjacentTransposition(query.OcrFolded, listed.OcrFolded))
        {
            (score, verdict) = (0.78, "same number with two neighbouring characters swapped");
        }
        else
        {
            return (0, "");
        }
        if (query.Country is null || listed.Country is null) return (score * 0.95, verdict + ", issuing country unknown");
        if (!string.Equals(query.Country, listed.Country, StringComparison.Ordinal))
            return (score * 0.7, verdict + ", different issuing country");
        return (score, verdict + " and issuing country");
    }
}
