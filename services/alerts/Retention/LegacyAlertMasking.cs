using JasperFx.Events;
using Marten;
using Watchlist.Alerts.Alerts;
using Watchlist.ServiceDefaults.PersonalData;

namespace Watchlist.Alerts.Retention;

/// <summary>
/// Raisings stored before they were sealed hold the traveller, the post and the clear identity in the event itself. Past the
/// period they are masked in place (<see cref="UnsealedEventMasking"/>, the exception to append-only that decision 0039 made for
/// screening records), together with the audience migration's event of the same alert, whose dedup key holds the same identity.
/// </summary>
public sealed class LegacyAlertMasking(PersonalDataSettings settings, AlertPrivacy privacy, IDocumentStore store)
    : UnsealedEventMasking(settings, store)
{
    public override string Name => "unsealed alert raisings";

    protected override IReadOnlyList<Type> EventTypes { get; } = [typeof(AlertRaised)];

    protected override async Task<IReadOnlyList<(Guid EventId, object Data)>> MaskAsync(IDocumentSession session, IEvent stored,
        CancellationToken ct)
    {
        var raised = (AlertRaised)stored.Data;
        var masked = new List<(Guid, object)> { (stored.Id, privacy.Mask(raised)) };
        foreach (var e in await session.Events.FetchStreamAsync(stored.StreamId, token: ct))
            if (e.Data is AlertAudienceSettled settled)
                masked.Add((e.Id, privacy.Mask(settled, raised.Facts)));
        return masked;
    }
}
