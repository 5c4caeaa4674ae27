namespace Watchlist.WatchlistService.Entries;

public sealed record EntryName(string Value, NameType Type);

/// <summary>A travel document. <paramref name="Country"/> is ISO 3166-1 alpha-2; <paramref name="ExpiresOn"/> is YYYY-MM-DD.</summary>
public sealed record TravelDocument(DocumentType Type, string Number, string? Country, string? ExpiresOn);

/// <summary>A phone number (E.164), e-mail address, social-media handle (with its platform) or website.</summary>
public sealed record OnlineIdentifier(IdentifierType Type, string Value, string? Platform);

/// <summary>Where an entry came from: <c>manual</c>, or a public list (<c>ofac-sdn</c>, <c>un-sc</c>) and its reference there.</summary>
public sealed record EntrySource(string Dataset, string? Reference);
