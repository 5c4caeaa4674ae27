using Watchlist.Bench.Cases;

namespace Watchlist.Bench.Speed;

/// <summary>
/// A realistic mix of travellers as border systems send them, with the birth date from the
/// passport: half positives (entries picked at random, each seen through one random
/// perturbation), half negatives (generated people on no list, born on any day).
/// </summary>
public static class QueryMix
{
    public static List<LabelledQuery> Build(Population population, ListedNames listed, int count, int seed)
    {
        var random = new Random(seed);
        var sample = population.Sample(count / 2 + count / 10, seed).ToDictionary(e => e.Id);
        var positives = PositiveCases.OneEach(sample.Values, random)
            .Take(count / 2)
            .Select(q => q with
            {
                Traveller = PassportDates.For(q.Traveller, sample[q.Expected!.Value], random),
                AlsoAccepted = population.Twins.Of(q.Expected!.Value),
            });
        var negatives = NegativeCases.Generate(count - count / 2, seed + 1, listed)
            .Select(q => q with { Traveller = PassportDates.Any(q.Traveller, random) });
        var queries = positives.Concat(negatives).ToList();
        // Interleaved, so that any prefix (a baseline sample) is a mix too.
        return [.. queries.OrderBy(_ => random.Next())];
    }
}
