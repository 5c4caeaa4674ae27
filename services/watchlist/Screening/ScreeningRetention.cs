using JasperFx.Events;
using Marten;
using Watchlist.ServiceDefaults.PersonalData;
using Watchlist.WatchlistService.Content.Screening;

namespace Watchlist.WatchlistService.Screening;

/// <summary>
/// Screening records stored before sealing existed, or sealed before their hits' explanations were, masked in place past the
/// period (<see cref="UnsealedEventMasking"/>; decision 0039); sealed records need only their keys shredded
/// (<see cref="DataKeyRetention"/>).
/// </summary>
public sealed class LegacyScreeningMasking(PersonalDataSettings settings, ScreeningPrivacy privacy, IDocumentStore store)
    : UnsealedEventMasking(settings, store)
{
    public override string Name => "unsealed screening records";

    protected override IReadOnlyList<Type> EventTypes { get; } = [typeof(ScreeningRecorded), typeof(ContentScreeningRecorded)];

    /// <summary>Unsealed, or sealed before the hits' explanations were (they quote the traveller as asked).</summary>
    protected override string Unmasked =>
        "data->'sealed' is null or (data->'sealedDetails' is null and jsonb_array_length(coalesce(data->'hits', '[]'::jsonb)) > 0)";

    protected override Task<IReadOnlyList<(Guid EventId, object Data)>> MaskAsync(IDocumentSession session, IEvent stored,
        CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<(Guid, object)>>([(stored.Id, privacy.Mask(stored.Data))]);
}
