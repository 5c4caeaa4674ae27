using Watchlist.Contracts.Screening;

namespace Watchlist.Alerts.Retro;

/// <summary>
/// A traveller who crossed (was screened) recently, cleared or not, kept for re-screening when the list changes.
/// <see cref="LiveHits"/> are the entries it hit when screened: their alerts come from the live hits, not from here.
/// </summary>
public sealed record Crossing(Guid Id, DateTimeOffset ScreenedAt, string? TravellerRef, TravellerSnapshot Traveller,
    ScreeningContextSnapshot Context, string Actor, string? Agency, IReadOnlyList<Guid> LiveHits)
{
    public static Crossing Of(TravellerScreened screened) => new(screened.ScreeningId, screened.ScreenedAt, screened.TravellerRef,
        screened.Traveller, screened.Context, screened.Actor, screened.Agency, screened.HitEntryIds ?? []);
}
