using System.Numerics;

namespace Watchlist.Matching;

/// <summary>
/// Scores one query name against one listed name, in [0,1], ignoring token order.
/// Tokens are paired greedily, best similarity first; a pair may join two adjacent tokens
/// on either side ("Van Hung" / "Vanhung"). The score is the pairs' weighted similarity
/// times the share of each side's weight that found a pair, weights being token rarity:
/// a missing common middle name costs little, a missing rare given name a lot.
/// </summary>
internal static class NameComparer
{
    /// <summary>Matched evidence below this many rarity units is scaled down: one common token is not a name.</summary>
    private const double SpecificEvidence = 5.0;

    /// <summary>An unpaired token between paired ones (a middle name) costs half its weight.</summary>
    private const double MiddleNameDiscount = 0.5;

    /// <summary>
    /// Legal forms of incompatible families ("X LLC" / "X JSC") usually name a parent and its subsidiary: below the match
    /// threshold, so that two names differing in nothing else make a review, not a match ("National Lottery AD" / "OOD").
    /// </summary>
    private const double LegalFormConflict = 0.8;

    /// <param name="Kin">Two descriptors of one kind (<see cref="Descriptors.AreKin"/>), not one word.</param>
    private readonly record struct Pair(int Query, int Listed, double Similarity, bool Kin = false);

    /// <param name="organisation">Whether the listed name is an organisation's, whose place names tell branches apart.</param>
    public static double Compare(PreparedName query, ReadOnlySpan<double> queryWeights, PreparedName listed, int population,
        bool organisation)
    {
        var q = query.Terms;
        var e = listed.Terms;
        if (q.Length == 0 || e.Length == 0) return 0;
        // Three pairs per two parts (alone, and two adjacent joined on either side), and one more per part after an article.
        int queryArticles = ArabicWords.ArticleCount(q), listedArticles = ArabicWords.ArticleCount(e);
        // Rules that read an organisation's name more loosely only when the asked name looks like one: a traveller's is not.
        var bothOrganisations = organisation && query.LooksLikeOrganisation;
        // Initials spelling words ("A.C." / "Asociacion Civil") in two organisations' names: two more pairs per two parts.
        var perPair = bothOrganisations ? 5 : 3;
        Span<Pair> pairs = stackalloc Pair[q.Length * e.Length * perPair + queryArticles * e.Length + listedArticles * q.Length];
        var korean = !organisation && KoreanRomanisation.ReadKorean(query, listed);
        var acrossAbjad = query.IsArabicScript != listed.IsArabicScript;
        // Across scripts, "شهاب الدين" is Shahabuddin: the parts around an article written as one word (decision record 0139).
        var around = acrossAbjad && queryArticles + listedArticles > 0;
        var count = CollectPairs(q, e, pairs, query.IsSyllabicScript && listed.IsSyllabicScript, query.Marked, listed.Marked,
            acrossAbjad, organisation, korean, queryArticles + listedArticles > 0, bothOrganisations,
            around ? query.AroundArticle : null, around ? listed.AroundArticle : null);
        if (count == 0) return 0;

        Span<double> listedWeights = stackalloc double[e.Length];
        for (var j = 0; j < e.Length; j++) listedWeights[j] = TermWeights.Of(e[j], population);

        int usedQuery = 0, usedListed = 0;
        double matched = 0, pairedWeight = 0;
        var kin = false;
        Span<sbyte> partner = stackalloc sbyte[q.Length];
        partner.Fill(-1);
        while (true)
        {
            var best = -1;
            double bestSimilarity = 0, bestWeight = 0;
            for (var k = 0; k < count; k++)
            {
                var pair = pairs[k];
                if ((pair.Query & usedQuery) != 0 || (pair.Listed & usedListed) != 0) continue;
                var weight = WeightOf(pair.Listed, listedWeights);
                if (pair.Similarity < bestSimilarity || (pair.Similarity == bestSimilarity && weight <= bestWeight)) continue;
                best = k;
                bestSimilarity = pair.Similarity;
                bestWeight = weight;
            }
            if (best < 0) break;
            usedQuery |= pairs[best].Query;
            usedListed |= pairs[best].Listed;
            kin |= pairs[best].Kin;
            if (BitOperations.IsPow2(pairs[best].Query))
                partner[BitOperations.TrailingZeroCount(pairs[best].Query)] = (sbyte)BitOperations.TrailingZeroCount(pairs[best].Listed);
            matched += bestSimilarity * bestWeight;
            pairedWeight += bestWeight;
        }

        // A title one side lacks costs nothing: it is left out as if it had found a pair, for no weight.
        if (!organisation)
        {
            usedQuery |= NameNoise.OptionalHonorifics(q, usedQuery);
            usedListed |= NameNoise.OptionalHonorifics(e, usedListed);
        }
        // A middle name one side lacks costs half; two different middle names are a conflict.
        var conflictingMiddle = HasUnusedInside(usedQuery, q.Length) && HasUnusedInside(usedListed, e.Length);
        var discount = conflictingMiddle ? 1 : MiddleNameDiscount;
        var unmatchedQuery = organisation ? Descriptors.UnusedWeight(q, queryWeights, usedQuery, bothOrganisations)
            : UnusedWeight(queryWeights, usedQuery, discount);
        var unmatchedListed = organisation ? Descriptors.UnusedWeight(e, listedWeights, usedListed, bothOrganisations)
            : UnusedWeight(listedWeights, usedListed, discount);
        if (!organisation && NasabChain.Paired(q, usedQuery, partner, out var queryEnd, out var listedEnd))
        {
            unmatchedQuery -= (1 - NasabChain.FamilyNameCost) * NasabChain.UnpairedAfter(queryWeights, usedQuery, queryEnd);
            unmatchedListed -= (1 - NasabChain.FamilyNameCost) * NasabChain.UnpairedAfter(listedWeights, usedListed, listedEnd);
        }
        var similarity = matched / pairedWeight * Distinguishing(q, usedQuery, e, usedListed)
            * (organisation ? DistinguishingPlaces(q, usedQuery, e, usedListed) * Descriptors.Missing(q, usedQuery, e, usedListed) : 1);
        var queryCoverage = pairedWeight / (pairedWeight + unmatchedQuery);
        var listedCoverage = pairedWeight / (pairedWeight + unmatchedListed);
        var specificity = Math.Min(1.0, matched / SpecificEvidence);
        var common = similarity * specificity * listed.Trust * NameOrder.Factor(q, partner)
            * (LegalForms.Conflict(query.LegalForms, listed.LegalForms) ? LegalFormConflict : 1);
        // A product, not a mean: a traveller whose given name is missing from the listed name
        // (a relative sharing a rare surname) must not pass on the surname alone.
        var score = common * queryCoverage * listedCoverage;
        if (organisation)
        {
            // Two words of one kind ("Foundation" / "Fund") leave open whether the bodies are one: a review, not a match.
            if (kin) score = Math.Min(score, Descriptors.KinCap);
            if (score >= ContainedOrganisation.Cap || !bothOrganisations) return score;
            var inside = ContainedOrganisation.Coverage(q, usedQuery, queryWeights, e, usedListed, listedWeights, pairedWeight);
            return Math.Max(score, Math.Min(ContainedOrganisation.Cap, common * inside));
        }
        if (score >= ContainedName.Cap || listed.IsSyllabicScript) return score;
        var contained = ContainedName.Coverage(usedQuery, queryWeights, e, usedListed, listedWeights, pairedWeight, partner);
        return Math.Max(score, Math.Min(ContainedName.Cap, common * contained));
    }

    /// <summary>
    /// Numbers are what tell apart "Solutions" from "Solutions II", or "Vabo 2012" from "Vabo 2017": a number one side lacks
    /// costs ×<see cref="NumberMissing"/> and two different numbers ×<see cref="NumbersDiffer"/>, whatever their rarity.
    /// </summary>
    private static double Distinguishing(Term[] q, int usedQuery, Term[] e, int usedListed)
    {
        var queryNumber = HasUnusedNumber(q, usedQuery);
        var listedNumber = HasUnusedNumber(e, usedListed);
        return queryNumber && listedNumber ? NumbersDiffer : queryNumber || listedNumber ? NumberMissing : 1;
    }

    private const double NumbersDiffer = 0.75;
    private const double NumberMissing = 0.85;

    /// <summary>
    /// In an organisation's name a place tells branches apart ("… – Libya" / "… – Yemen"): two different places cost
    /// ×<see cref="PlacesDiffer"/>, a place one side lacks ×<see cref="PlaceMissing"/> (lists often leave the country out).
    /// </summary>
    private static double DistinguishingPlaces(Term[] q, int usedQuery, Term[] e, int usedListed)
    {
        var queryPlace = HasUnusedPlace(q, usedQuery);
        var listedPlace = HasUnusedPlace(e, usedListed);
        return queryPlace && listedPlace ? PlacesDiffer : queryPlace || listedPlace ? PlaceMissing : 1;
    }

    private const double PlacesDiffer = 0.75;
    private const double PlaceMissing = 0.95;

    private static bool HasUnusedPlace(Term[] terms, int used)
    {
        for (var i = 0; i < terms.Length; i++)
            if ((used & (1 << i)) == 0 && PlaceNames.IsPlace(terms[i].Text)) return true;
        return false;
    }

    private static bool HasUnusedNumber(Term[] terms, int used)
    {
        for (var i = 0; i < terms.Length; i++)
            if ((used & (1 << i)) == 0 && char.IsAsciiDigit(terms[i].Text[0])) return true;
        return false;
    }

    /// <param name="acrossAbjad">One name is in Arabic script and the other romanised: parts also meet by consonants.</param>
    /// <param name="organisation">Descriptors of one kind also meet ("Department" / "Directorate").</param>
    /// <param name="korean">Both names read as Korean: syllables also meet across romanisations (Jong / Cho'ng).</param>
    /// <param name="articles">Either name has an article: three parts around it may spell one (Abd al-Aziz / Abdulaziz).</param>
    /// <param name="initials">Both names are organisations': a short word may be the initials of words of the other.</param>
    /// <param name="qAround">Across Arabic script, the query's parts around an article as one word
    /// (<see cref="PreparedName.AroundArticle"/>).</param>
    private static int CollectPairs(Term[] q, Term[] e, Span<Pair> pairs, bool characterByCharacter, string?[]? qMarked,
        string?[]? eMarked, bool acrossAbjad, bool organisation, bool korean, bool articles, bool initials,
        string?[]? qAround, string?[]? eAround)
    {
        var count = 0;
        // Persons' romanised parts (not Vietnamese names written with marks on both sides) also meet across Arabic's romanisations.
        var arabicSpellings = !organisation && !acrossAbjad && !characterByCharacter && (qMarked is null || eMarked is null);
        // Across scripts every part meets every other part: the joined parts' keys are worked out once, not once per pair.
        var qJoined = acrossAbjad ? AbjadKey.JoinedOf(q) : null;
        var eJoined = acrossAbjad ? AbjadKey.JoinedOf(e) : null;
        for (var i = 0; i < q.Length; i++)
        {
            for (var j = 0; j < e.Length; j++)
            {
                var similarity = characterByCharacter ? TokenSimilarity.Same(q[i], e[j])
                    : TokenSimilarity.Score(q[i], e[j], qMarked?[i], eMarked?[j]);
                if (acrossAbjad && similarity < TokenSimilarity.Equivalent) similarity = AbjadKey.Similarity(q[i].Abjad, e[j].Abjad);
                if (arabicSpellings && similarity < TokenSimilarity.SoundAlike)
                    similarity = Math.Max(similarity, TokenSimilarity.ArabicRomanisation(q[i], e[j]));
                if (korean && similarity < TokenSimilarity.SoundAlike && KoreanRomanisation.SameSyllable(q[i].Text, e[j].Text))
                    similarity = TokenSimilarity.SoundAlike;
                if (organisation && similarity < TokenSimilarity.Inflected && TokenSimilarity.SameOrganisationWord(q[i].Text, e[j].Text))
                    similarity = TokenSimilarity.Inflected;
                var kin = organisation && similarity < Descriptors.KinSimilarity && Descriptors.AreKin(q[i].Text, e[j].Text);
                if (kin) similarity = Descriptors.KinSimilarity;
                if (similarity > 0) pairs[count++] = new Pair(1 << i, 1 << j, similarity, kin);
                if (characterByCharacter) continue;
                int spelt;
                if (initials && (spelt = Acronyms.Spelt(q[i].Text, e, j)) > 0)
                    pairs[count++] = new Pair(1 << i, ((1 << spelt) - 1) << j, Acronyms.SpeltSimilarity);
                if (initials && (spelt = Acronyms.Spelt(e[j].Text, q, i)) > 0)
                    pairs[count++] = new Pair(((1 << spelt) - 1) << i, 1 << j, Acronyms.SpeltSimilarity);
                if (i + 1 < q.Length && (similarity = Joined(q[i], q[i + 1], e[j], acrossAbjad, qJoined?[i])) > 0)
                    pairs[count++] = new Pair(3 << i, 1 << j, similarity);
                if (j + 1 < e.Length && (similarity = Joined(e[j], e[j + 1], q[i], acrossAbjad, eJoined?[j])) > 0)
                    pairs[count++] = new Pair(1 << i, 3 << j, similarity);
                if (!articles) continue;
                if (acrossAbjad)
                {
                    if (i + 2 < q.Length && qAround?[2 * i] is { } qKey && (similarity = AroundArticle(qKey, qAround[2 * i + 1], e[j])) > 0)
                        pairs[count++] = new Pair(7 << i, 1 << j, similarity);
                    if (j + 2 < e.Length && eAround?[2 * j] is { } eKey && (similarity = AroundArticle(eKey, eAround[2 * j + 1], q[i])) > 0)
                        pairs[count++] = new Pair(1 << i, 7 << j, similarity);
                    continue;
                }
                if (i + 2 < q.Length && q[i + 1].IsArticle && (similarity = ArabicCompounds.Joined(q[i], q[i + 1], q[i + 2], e[j])) > 0)
                    pairs[count++] = new Pair(7 << i, 1 << j, similarity);
                if (j + 2 < e.Length && e[j + 1].IsArticle && (similarity = ArabicCompounds.Joined(e[j], e[j + 1], e[j + 2], q[i])) > 0)
                    pairs[count++] = new Pair(1 << i, 7 << j, similarity);
            }
        }
        return count;
    }

    /// <summary>Across Arabic script, how well a part spells two parts around an article, its l written or not.</summary>
    private static double AroundArticle(string bare, string? withArticle, Term whole) =>
        Math.Max(AbjadKey.Similarity(bare, whole.Abjad), AbjadKey.Similarity(withArticle, whole.Abjad));

    /// <summary>How well two adjacent tokens, written together, spell a single token ("Abd al" / عبدال…, "Abdul").</summary>
    /// <param name="joinedAbjad">Across Arabic script, the two tokens' key written as one (<see cref="AbjadKey.JoinedOf"/>).</param>
    private static double Joined(Term first, Term second, Term whole, bool acrossAbjad, string? joinedAbjad)
    {
        var spelled = Joined(first, second, whole);
        // Across scripts the consonants decide, unless the parts are spelt the same (al, bin, abd are romanised when folded).
        return acrossAbjad && spelled < TokenSimilarity.Equivalent ? AbjadKey.Similarity(joinedAbjad, whole.Abjad) : spelled;
    }

    private static double Joined(Term first, Term second, Term whole)
    {
        var length = first.Text.Length + second.Text.Length;
        if (first.Text.Length < 2 || second.Text.Length < 2) return 0;
        var allowed = TokenSimilarity.AllowedEdits(length, whole.Text.Length);
        if (Math.Abs(length - whole.Text.Length) > allowed) return 0;
        if (allowed == 0 ? (first.Letters | second.Letters) != whole.Letters
            : LetterSignature.TooFarApart(first.Letters | second.Letters, whole.Letters, allowed)) return 0;
        Span<char> joined = stackalloc char[length];
        first.Text.AsSpan().CopyTo(joined);
        second.Text.AsSpan().CopyTo(joined[first.Text.Length..]);
        return TokenSimilarity.Spelling(joined, whole.Text);
    }

    private static double WeightOf(int mask, ReadOnlySpan<double> weights)
    {
        double sum = 0;
        for (var j = 0; j < weights.Length; j++)
            if ((mask & (1 << j)) != 0) sum += weights[j];
        return sum;
    }

    /// <summary>Whether a token between the first and the last paired one found no pair.</summary>
    private static bool HasUnusedInside(int used, int length)
    {
        if (used == 0) return false;
        var first = BitOperations.TrailingZeroCount(used);
        var last = BitOperations.Log2((uint)used);
        var inside = ((1 << (last + 1)) - 1) & ~((1 << first) - 1) & ((1 << length) - 1);
        return (inside & ~used) != 0;
    }

    /// <summary>
    /// Weight of the tokens left unpaired. One that sits between paired tokens is a middle
    /// name the other side left out and counts at <paramref name="middleDiscount"/>; one outside
    /// them (a given name missing from a surname-only query) counts in full.
    /// </summary>
    private static double UnusedWeight(ReadOnlySpan<double> weights, int used, double middleDiscount)
    {
        if (used == 0) return 0;
        var first = BitOperations.TrailingZeroCount(used);
        var last = BitOperations.Log2((uint)used);
        double sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            if ((used & (1 << i)) != 0) continue;
            sum += i > first && i < last ? weights[i] * middleDiscount : weights[i];
        }
        return sum;
    }
}
