using Watchlist.Matching;

namespace Watchlist.Tests.Matching;

/// <summary>Terse builders for entries and queries, so each test shows only what it is about.</summary>
internal static class Listing
{
    public static MatchableEntry Person(
        string name,
        string? birthDate = null,
        Gender gender = Gender.Unknown,
        string? nationality = null,
        Guid? id = null,
        int version = 1,
        params string[] aliases) =>
        new(id ?? Guid.NewGuid(), version, EntryKind.Person)
        {
            Names = [new ListedName(name), .. aliases.Select(alias => new ListedName(alias, NameType.Alias))],
            BirthDates = birthDate is null ? [] : [birthDate],
            Gender = gender,
            Nationalities = nationality is null ? [] : [nationality],
        };

    public static MatchableEntry Organisation(string name, params string[] aliases) =>
        new(Guid.NewGuid(), 1, EntryKind.Organisation)
        {
            Names = [new ListedName(name), .. aliases.Select(alias => new ListedName(alias, NameType.Alias))],
        };

    public static MatchableEntry Document(string type, string number, string? country, string? holder = null) =>
        new(Guid.NewGuid(), 1, EntryKind.TravelDocument)
        {
            Names = holder is null ? [] : [new ListedName(holder)],
            Documents = [new IdentityDocument(type, number, country)],
        };

    public static MatchableEntry Online(IdentifierType type, string value, string? platform = null, string? nationality = null) =>
        new(Guid.NewGuid(), 1, EntryKind.OnlineIdentifier)
        {
            Identifiers = [new Identifier(type, value, platform)],
            Nationalities = nationality is null ? [] : [nationality],
        };

    public static ScreeningQuery Traveller(
        string name, string? birthDate = null, Gender gender = Gender.Unknown, string? nationality = null) =>
        new() { Names = [name], BirthDate = birthDate, Gender = gender, Nationality = nationality };

    /// <summary>
    /// An index with unrelated background entries, so that token rarity is learnt from a
    /// realistic mix rather than from the one entry under test.
    /// </summary>
    public static ScreeningIndex IndexWith(params MatchableEntry[] entries)
    {
        var index = new ScreeningIndex();
        index.UpsertMany(Background.Entries);
        index.UpsertMany(entries);
        return index;
    }

    /// <summary>Every hit the engine finds, however weak: rule tests read the score itself, not the band.</summary>
    public static readonly ScreeningOptions Everything = new() { Thresholds = new MatchThresholds(0.85, 0.01) };

    /// <summary>The listed entry's score for the query, among the background and <paramref name="beside"/>; 0 when not found.</summary>
    public static double ScoreAmong(MatchableEntry listed, ScreeningQuery query, params MatchableEntry[] beside) =>
        IndexWith([listed, .. beside]).Search(query, Everything).HitFor(listed)?.Score ?? 0;

    public static ScreeningHit? HitFor(this IReadOnlyList<ScreeningHit> hits, MatchableEntry entry) =>
        hits.FirstOrDefault(hit => hit.EntryId == entry.Id);
}
