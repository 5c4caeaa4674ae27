namespace Watchlist.Contracts.Screening;

/// <summary>
/// Crossings that travel together: a flight manifest of a thousand passengers is a few of these, not a thousand messages.
/// Each crossing keeps the message id it would have carried alone, so a consumer drops one it has already handled, whether
/// it came alone, in a bundle, or in another bundle (the early publish and the forwarder cut their bundles differently).
/// </summary>
public sealed record TravellersScreened(IReadOnlyList<BundledCrossing> Crossings);

/// <summary>One crossing of a bundle, under its own message id and the correlation id of the request that screened it.</summary>
public sealed record BundledCrossing(Guid MessageId, string? CorrelationId, TravellerScreened Crossing);
