namespace Watchlist.Contracts.Screening;

/// <summary>
/// A crossing: one traveller was screened at a border post, whatever the answer. The alerts
/// service keeps recent crossings to screen them again (retro-screening) when the list changes.
/// Published before the screening's <see cref="ScreeningHitDetected"/> messages, which may still arrive first.
/// </summary>
/// <param name="HitEntryIds">The entries this screening hit live; their alerts come from the hit messages, so
/// retro-screening leaves these pairs alone.</param>
/// <param name="ListPosition">The list position the screening was answered against: every entry change at or below it was
/// in the index. Changes above it are the ones retro-screening checks this crossing against.</param>
public sealed record TravellerScreened(
    Guid ScreeningId,
    DateTimeOffset ScreenedAt,
    string? TravellerRef,
    TravellerSnapshot Traveller,
    ScreeningContextSnapshot Context,
    string Decision,
    int HitCount,
    string Actor,
    string? Agency,
    IReadOnlyList<Guid>? HitEntryIds = null,
    long ListPosition = 0);
