using Marten;
using Watchlist.Alerts.FalsePositives;
using Watchlist.Alerts.Retention;
using Watchlist.Alerts.Sla;
using Watchlist.Contracts.Screening;
using Watchlist.ServiceDefaults.EventStore;

namespace Watchlist.Alerts.Alerts.Raising;

/// <summary>
/// What one hit does, inside the caller's transaction: counted on a remembered false positive's alert, or on the open
/// alert of its dedup key, or else it raises the key's next alert. Live hits and retro-screening both come here, so this is
/// where the rule holds for both: a screening by agency X hits only entries owned by X or releasable to X, and the alert is
/// seen by the entry's owner and X alone (<see cref="AlertAudience"/>). Concurrent hits of one traveller and entry are
/// serialised by a transaction lock taken before anything is read (<see cref="TransactionLocks"/>): the transaction then
/// holds one lock per traveller and entry it touches until it commits.
/// <para>
/// The traveller is known by a keyed identity (<see cref="AlertPrivacy.IdentityOf"/>). Alerts and false-positive memory stored
/// when it was in clear are found under their clear key as well, until the migration has keyed them
/// (<see cref="AlertIdentityKeying"/>, every retention round): so a rolling upgrade, or a hit before the first round, never
/// raises a second alert beside an open one or forgets a false positive.
/// </para>
/// </summary>
public sealed class AlertRaising(SlaSettings sla, AlertPrivacy privacy, ILogger<AlertRaising> log)
{
    /// <param name="unsaved">What this session did before and has not saved; without it a second crossing of one traveller in
    /// one retro scan would raise the key's alert twice.</param>
    /// <returns>The alert the hit raised or counted on; null when the screening's agency may not hit the entry.</returns>
    public async Task<Alert?> ApplyAsync(IDocumentSession session, ScreeningHitDetected hit, AlertChange change, CancellationToken ct,
        SessionAlerts? unsaved = null)
    {
        if (!AlertAudience.MayHit(hit.Agency, hit.Hit.OwnerAgency, hit.Hit.ReleasableTo))
        {
            log.LogWarning("Hit of screening {ScreeningId} on entry {EntryId} ignored: the entry is not releasable to the screening " +
                "agency {Agency}", hit.ScreeningId, hit.Hit.EntryId, hit.Agency);
            return null;
        }
        var clear = TravellerIdentity.Of(hit.Traveller, hit.Context);
        var identity = privacy.IdentityOf(clear);
        var routing = TravellerIdentity.RoutingOf(hit.Context);
        var key = TravellerIdentity.DedupKey(hit.Hit.EntryId, identity, routing, hit.Agency!);
        // Hits of one traveller on one entry for one agency take turns (whatever the border post, since false-positive memory
        // spans posts): each decides on what the previous one committed, so neither append fails and burns tombstones.
        if (unsaved is null || !unsaved.ByKey.ContainsKey(key))
            await TransactionLocks.TakeAsync(session, LockName(hit.Hit.EntryId, identity, hit.Agency), ct);
        var record = new HitRecord(hit.ScreeningId, hit.ScreenedAt, hit.Hit.EntryVersion, hit.Hit.Score, hit.Hit.Band,
            hit.Hit.ReleasableTo, hit.Retro);
        var legacy = new Identity(clear, TravellerIdentity.DedupKey(hit.Hit.EntryId, clear, routing, hit.Agency!));
        var applied = await ApplyAsync(session, hit, new Identity(identity, key), legacy, record, change, unsaved ?? new SessionAlerts(),
            ct);
        if (unsaved is not null) unsaved.ByKey[key] = applied;
        return applied;
    }

    /// <summary>A traveller identity and the dedup key it gives.</summary>
    private sealed record Identity(string Traveller, string Key);

    private async Task<Alert> ApplyAsync(IDocumentSession session, ScreeningHitDetected hit, Identity keyed, Identity legacy,
        HitRecord record, AlertChange change, SessionAlerts unsaved, CancellationToken ct)
    {
        var (identity, key) = (keyed.Traveller, keyed.Key);
        if (unsaved.ByKey.GetValueOrDefault(key) is { Status: not AlertStatus.Resolved } pending)
            return await CountAsync(session, pending, record, whileResolved: false, change, unsaved, ct);
        var memoryEnded = unsaved.MemoryEndedFor.Contains(hit.Hit.EntryId);

        // Memory of this agency's own alert only: another agency's resolution must neither swallow this hit nor take its crossing.
        var agency = hit.Agency;
        var remembered = memoryEnded ? null : await session.Query<FalsePositive>()
            .Where(f => f.EntryId == hit.Hit.EntryId && (f.TravellerIdentity == identity || f.TravellerIdentity == legacy.Traveller)
                && f.ScreeningAgency == agency && f.Active)
            .OrderByDescending(f => f.RecordedAt).FirstOrDefaultAsync(ct);
        if (remembered is not null && (unsaved.ByKey.Values.FirstOrDefault(a => a.Id == remembered.AlertId)
            ?? await session.LoadAlertAsync(remembered.AlertId, ct))
                is { Status: AlertStatus.Resolved } resolved)
            return await CountAsync(session, resolved, record, whileResolved: true, change, unsaved, ct);

        // One round trip for both: the keyed key's record wins, the clear one counts until the migration has moved it.
        var records = await session.LoadManyAsync<OpenAlertKey>(ct, key, legacy.Key);
        var open = records.FirstOrDefault(r => r.Id == key) ?? records.FirstOrDefault(r => r.Id == legacy.Key);
        if (open is { Open: true } && await session.LoadAlertAsync(open.AlertId, ct) is { } current
            && current.Status != AlertStatus.Resolved)
            return await CountAsync(session, current, record, whileResolved: false, change, unsaved, ct);

        var generation = (open?.Generation ?? 0) + 1;
        var alertId = OpenAlertKey.AlertIdFor(key, generation);
        var severity = AlertSeverities.Of(hit.Hit.Severity, hit.Hit.Action, hit.Hit.Band);
        var facts = new AlertFacts(key, identity, hit.Hit.EntryId, hit.Hit.EntryVersion, hit.Hit.PrimaryName, hit.Hit.MatchedName,
            hit.Hit.Action, hit.Hit.Category, hit.Hit.Lists, hit.Context.BorderPost, hit.Traveller, hit.Hit.Score, hit.Hit.Band,
            hit.Hit.OwnerAgency, hit.Hit.ReleasableTo, hit.Retro, hit.Agency, AlertAudience.Of(hit.Hit.OwnerAgency, hit.Agency!),
            hit.Context.Unit, hit.Context.Post);
        session.Store(new OpenAlertKey(key, generation, alertId, Open: true));
        var raise = new RaiseAlert(alertId, facts, severity, record, sla.DeadlineFrom(change.At, severity), change);
        var raised = await session.AppendAlertAsync(null, AlertDecider.Decide(raise, null), ct, privacy);
        unsaved.Counted.Add((raised.Id, record.ScreeningId));
        return raised;
    }

    /// <summary>
    /// A repeat on <paramref name="alert"/>, the decider told whether the alert counted the screening already: from what the
    /// group read or this session counted, else one look-up of the pair's record.
    /// </summary>
    private static async Task<Alert> CountAsync(IDocumentSession session, Alert alert, HitRecord record, bool whileResolved,
        AlertChange change, SessionAlerts unsaved, CancellationToken ct)
    {
        var pair = (alert.Id, record.ScreeningId);
        var counted = unsaved.Counted.Contains(pair) || (!unsaved.ScreeningsRead.Contains(record.ScreeningId)
            && await session.LoadAsync<CountedScreening>(CountedScreening.IdOf(alert.Id, record.ScreeningId), ct) is not null);
        var after = await AppendAsync(session, alert, new RecordHit(alert.Id, record, whileResolved, counted, change), ct);
        unsaved.Counted.Add(pair);
        return after;
    }

    /// <summary>
    /// Reads in one query which alerts counted the screenings of a group's hits, so that each hit's dedup asks
    /// <paramref name="unsaved"/> instead of the database. Read before the hits' locks: a copy of one of them counted meanwhile
    /// by another replica makes the group's insert of the pair fail, and the group runs again.
    /// </summary>
    public static async Task ReadCountedAsync(IQuerySession session, IReadOnlyCollection<Guid> screenings, SessionAlerts unsaved,
        CancellationToken ct)
    {
        var ids = screenings.Where(s => !unsaved.ScreeningsRead.Contains(s)).Distinct().ToArray();
        if (ids.Length == 0) return;
        var counted = await session.Query<CountedScreening>().Where(c => c.ScreeningId.IsOneOf(ids)).ToListAsync(ct);
        foreach (var c in counted) unsaved.Counted.Add((c.AlertId, c.ScreeningId));
        unsaved.ScreeningsRead.UnionWith(ids);
    }

    /// <summary>The lock that hits of one traveller and entry for one agency, and the SLA sweeper on their alerts, take turns on.</summary>
    public static string LockName(Guid entryId, string travellerIdentity, string? screeningAgency) =>
        $"alert:{entryId:N}|{travellerIdentity}|{screeningAgency}";

    private static Task<Alert> AppendAsync(IDocumentSession session, Alert? before, IAlertCommand command, CancellationToken ct) =>
        session.AppendAlertAsync(before, AlertDecider.Decide(command, before), ct);
}
