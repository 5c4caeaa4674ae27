namespace Watchlist.Matching;

/// <summary>An online or phone identifier.</summary>
/// <param name="Value">Phone in national or international form, e-mail, @handle or profile URL, or web address.</param>
/// <param name="Platform">For social handles: facebook, telegram, zalo...; inferred from a profile URL when absent.</param>
public sealed record Identifier(IdentifierType Type, string Value, string? Platform = null);
