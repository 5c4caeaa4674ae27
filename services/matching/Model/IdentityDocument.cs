namespace Watchlist.Matching;

/// <summary>A travel or identity document, listed or presented.</summary>
/// <param name="Type">Free text such as PASSPORT or NATIONAL_ID; shown in explanations, not scored.</param>
/// <param name="Number">As printed or read; spaces and punctuation are ignored.</param>
/// <param name="Country">Issuing country, ISO 3166 alpha-2 or alpha-3 (MRZ codes such as D or GBD accepted).</param>
public sealed record IdentityDocument(string Type, string Number, string? Country = null);
