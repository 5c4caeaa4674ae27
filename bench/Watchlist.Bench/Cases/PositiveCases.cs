using Watchlist.Bench.Cases.Perturbations;
using Watchlist.Matching;

namespace Watchlist.Bench.Cases;

/// <summary>Labelled positives: listed entries seen through the perturbations.</summary>
public static class PositiveCases
{
    public static IReadOnlyList<IPerturbation> All { get; } =
    [
        new NameOrder(), new DroppedMiddleName(), new Typo(), new Transliteration(), new Diacritics(), new MrzCapitals(),
        new PartialBirthDate(),
    ];

    /// <summary>Every perturbation that fits, for every entry.</summary>
    public static IEnumerable<LabelledQuery> Every(IEnumerable<MatchableEntry> entries, Random random) =>
        from entry in entries
        from perturbation in All
        let traveller = perturbation.Apply(entry, random)
        where traveller is not null
        select new LabelledQuery(perturbation.Kind, traveller, entry.Id);

    /// <summary>One perturbation per entry, picked at random among those that fit.</summary>
    public static IEnumerable<LabelledQuery> OneEach(IEnumerable<MatchableEntry> entries, Random random)
    {
        foreach (var entry in entries)
        {
            foreach (var perturbation in All.OrderBy(_ => random.Next()))
            {
                if (perturbation.Apply(entry, random) is not { } traveller) continue;
                yield return new LabelledQuery(perturbation.Kind, traveller, entry.Id);
                break;
            }
        }
    }
}
