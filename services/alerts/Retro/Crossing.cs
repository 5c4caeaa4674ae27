using Watchlist.Contracts.Screening;

namespace Watchlist.Alerts.Retro;

/// <summary>
/// A traveller who crossed (was screened) recently, kept for re-screening when the list changes. Known limitation: the
/// watchlist publishes only screenings that hit, so only those crossings are here; a TravellerScreened event for every
/// screening would make retro-screening cover clear crossings too.
/// </summary>
public sealed record Crossing(Guid Id, DateTimeOffset ScreenedAt, string? TravellerRef, TravellerSnapshot Traveller,
    ScreeningContextSnapshot Context, string Actor, string? Agency);
