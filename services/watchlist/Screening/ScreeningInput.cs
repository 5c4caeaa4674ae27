using Watchlist.WatchlistService.Entries;

namespace Watchlist.WatchlistService.Screening;

public sealed record DocumentInput(string? Type, string? Number, string? Country);

public sealed record IdentifierInput(IdentifierType? Type, string? Value, string? Platform);

/// <summary>What a border system knows of a traveller. Every field is optional, but a name, a document or an identifier is
/// needed.</summary>
public sealed record TravellerInput(
    string? Name = null,
    IReadOnlyList<string>? Names = null,
    string? BirthDate = null,
    Gender? Gender = null,
    string? Nationality = null,
    IReadOnlyList<DocumentInput>? Documents = null,
    IReadOnlyList<IdentifierInput>? Identifiers = null)
{
    public IReadOnlyList<string> AllNames => [.. (Name is null ? [] : new[] { Name }), .. Names ?? []];
}

/// <summary>Where and why the traveller was screened; alerts are routed by the border post.</summary>
public sealed record ScreeningContextInput(string? BorderPost, string? Direction, string? Flight);

public sealed record ScreeningRequest(TravellerInput? Traveller, ScreeningContextInput? Context, DateTimeOffset? AsOf, int? Limit);

/// <summary>One passenger of a batch, named by the caller's own reference.</summary>
public sealed record BatchTraveller(
    string? Ref, string? Name = null, IReadOnlyList<string>? Names = null, string? BirthDate = null, Gender? Gender = null,
    string? Nationality = null, IReadOnlyList<DocumentInput>? Documents = null, IReadOnlyList<IdentifierInput>? Identifiers = null)
{
    public TravellerInput Traveller => new(Name, Names, BirthDate, Gender, Nationality, Documents, Identifiers);
}

public sealed record BatchScreeningRequest(ScreeningContextInput? Context, IReadOnlyList<BatchTraveller>? Travellers, DateTimeOffset? AsOf,
    int? Limit);
