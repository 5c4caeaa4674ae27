using System.Diagnostics;

namespace Watchlist.Matching;

/// <summary>
/// Everything about an entry that the writer lock need not cover: folding, parsing, phone normalisation, its names' terms
/// (registered in the shared vocabulary, which any thread may do) and the hashes of its keys. A bulk load drafts entries on
/// every core while the writer applies the previous batch; the writer then only files the entry and appends its slot.
/// </summary>
internal sealed class EntryDraft
{
    private EntryDraft(MatchableEntry source) => Source = source;

    public MatchableEntry Source { get; }

    /// <summary>The listed names, then the given name with each one-part alias (<see cref="KnownAs"/>), not written by the list.</summary>
    public PreparedName[] Names { get; private init; } = [];

    public BirthDateSpan[] BirthDates { get; private init; } = [];

    public string[] Nationalities { get; private init; } = [];

    public PreparedDocument[] Documents { get; private init; } = [];

    public PreparedIdentifier[] Identifiers { get; private init; } = [];

    /// <summary>The directory keys the entry is filed under (<see cref="EntryKeys"/>), repeats included.</summary>
    public ulong[] KeyHashes { get; private init; } = [];

    public static EntryDraft Of(MatchableEntry entry, Vocabulary vocabulary)
    {
        var untimed = default(DraftTicks);
        return Of(entry, vocabulary, ref untimed, timed: false);
    }

    /// <summary>The draft; when <paramref name="timed"/>, each phase's stopwatch ticks are added to <paramref name="ticks"/>.</summary>
    public static EntryDraft Of(MatchableEntry entry, Vocabulary vocabulary, ref DraftTicks ticks, bool timed)
    {
        var start = timed ? Stopwatch.GetTimestamp() : 0;
        var nationalities = entry.Nationalities.Select(CountryCodes.ToAlpha2).OfType<string>().Distinct().ToArray();
        // A listed phone in national form can only be read in the entry's own country, unless the entry says where it was given.
        var region = CountryCodes.ToAlpha2(entry.PhoneRegion) ?? nationalities.FirstOrDefault();
        var folded = entry.Names
            .Where(name => !string.IsNullOrWhiteSpace(name.Value))
            .Select(name => (name, PreparedName.Fold(name.Value)))
            .Where(name => name.Item2.Length > 0)
            .ToArray();
        (ListedName Name, string[] Tokens)[] all = [.. folded, .. KnownAs.Of(entry.Kind, folded)];
        var lap = Lap(timed, ref start, ref ticks.Folding);
        var names = new PreparedName[all.Length];
        for (var n = 0; n < names.Length; n++)
        {
            var (name, tokens) = all[n];
            names[n] = new PreparedName(name.Value, name.Type, Array.ConvertAll(tokens, vocabulary.Register), knownAs: n >= folded.Length);
        }
        lap = Lap(timed, ref lap, ref ticks.Names);
        var birthDates = entry.BirthDates.Select(BirthDateSpan.Parse).OfType<BirthDateSpan>().ToArray();
        var documents = entry.Documents
            .Select(document => new PreparedDocument(document))
            .Where(document => document.Number.Length > 0)
            .ToArray();
        var identifiers = entry.Identifiers
            .Select(identifier => PreparedIdentifier.Prepare(identifier, region))
            .OfType<PreparedIdentifier>()
            .ToArray();
        lap = Lap(timed, ref lap, ref ticks.Identities);
        var keyHashes = EntryKeys.HashesOf(entry.Kind, names, documents, identifiers, birthDates);
        Lap(timed, ref lap, ref ticks.Keys);
        return new EntryDraft(entry)
        {
            Names = names,
            BirthDates = birthDates,
            Nationalities = nationalities,
            Documents = documents,
            Identifiers = identifiers,
            KeyHashes = keyHashes,
        };
    }

    /// <summary>Adds the ticks since <paramref name="since"/> to <paramref name="phase"/>; answers the new time.</summary>
    private static long Lap(bool timed, ref long since, ref long phase)
    {
        if (!timed) return 0;
        var now = Stopwatch.GetTimestamp();
        phase += now - since;
        return now;
    }
}
