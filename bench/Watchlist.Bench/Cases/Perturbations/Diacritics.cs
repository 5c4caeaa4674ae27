using System.Text;
using Watchlist.Matching;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.Bench.Cases.Perturbations;

/// <summary>
/// Marks a document or keyboard adds (é, ü, ç, ş, ñ, Vietnamese tones) on a few letters, sent
/// decomposed (NFD) half the time, as some systems do.
/// </summary>
public sealed class Diacritics : IPerturbation
{
    private static readonly char[] Marks = ['\u0301', '\u0300', '\u0308', '\u0302', '\u0303', '\u0309', '\u0323', '\u0327'];

    public string Kind => "diacritics";

    public TravellerInput? Apply(MatchableEntry entry, Random random)
    {
        if (Listing.PrimaryName(entry) is not { } name) return null;
        var letters = Enumerable.Range(0, name.Length).Where(i => char.IsAsciiLetter(name[i])).ToArray();
        if (letters.Length == 0) return null;
        var marked = letters.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).ToHashSet();
        var text = new StringBuilder(name.Length + marked.Count);
        for (var i = 0; i < name.Length; i++)
        {
            text.Append(name[i]);
            if (marked.Contains(i)) text.Append(Marks[random.Next(Marks.Length)]);
        }
        var form = random.Next(2) == 0 ? NormalizationForm.FormC : NormalizationForm.FormD;
        return new TravellerInput(Name: text.ToString().Normalize(form));
    }
}
