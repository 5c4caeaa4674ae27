namespace Watchlist.WatchlistService.Content.Screening;

/// <summary>A post as a cyber unit saw it: its text, where it was and when.</summary>
public sealed record ContentInput(string? Text, string? Url, string? Platform, DateTimeOffset? ObservedAt, string? Language);

/// <summary>Who screened it: the unit is what content alerts are routed by, as border alerts are by the post.</summary>
public sealed record ContentContextInput(string? Unit);

public sealed record ContentScreeningRequest(ContentInput? Content, ContentContextInput? Context);
