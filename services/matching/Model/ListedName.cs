namespace Watchlist.Matching;

/// <summary>One name under which an entry is listed, in any script or spelling.</summary>
public sealed record ListedName(string Value, NameType Type = NameType.Primary);
