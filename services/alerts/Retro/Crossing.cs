using Watchlist.Contracts.Screening;

namespace Watchlist.Alerts.Retro;

/// <summary>
/// A traveller who crossed (was screened) recently, cleared or not, kept for re-screening when the list changes.
/// <see cref="LiveHits"/> are the entries it hit when screened: their alerts come from the live hits, not from here.
/// <see cref="ListPosition"/> is the list position it was answered against (see <see cref="RetroPairs"/>).
/// </summary>
public sealed record Crossing(Guid Id, DateTimeOffset ScreenedAt, string? TravellerRef, TravellerSnapshot Traveller,
    ScreeningContextSnapshot Context, string Actor, string? Agency, IReadOnlyList<Guid> LiveHits, long ListPosition = 0)
{
    public static Crossing Of(TravellerScreened screened) => new(screened.ScreeningId, screened.ScreenedAt, screened.TravellerRef,
        screened.Traveller, screened.Context, screened.Actor, screened.Agency, screened.HitEntryIds ?? [], screened.ListPosition);
}
