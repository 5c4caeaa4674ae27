using Marten;
using Watchlist.ServiceDefaults.Auth;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.WatchlistService.Governance.Lists;

namespace Watchlist.WatchlistService.Entries;

/// <summary>
/// An admin's change to an existing entry, on the one write path (<see cref="StreamChanges"/>): visible to the caller's
/// agency, owned by it, valid, then decided by the entry's rules.
/// </summary>
public sealed class EntryChanges(IDocumentSession session, ChangeFactory changes, TimeProvider clock)
{
    public Task<IResult> ApplyAsync(Guid id, HttpContext http, string? reason, Func<Entry, Change, IResult?> validate,
        Func<Entry, Change, IEntryCommand> command, CancellationToken ct) =>
        ApplyAsync(id, http, reason, validate, (entry, change, _) => command(entry, change), ct);

    /// <summary>For commands that depend on the owner's list policies (four eyes, review dates): read in the same session.</summary>
    public Task<IResult> ApplyAsync(Guid id, HttpContext http, string? reason, Func<Entry, Change, IResult?> validate,
        Func<Entry, Change, EffectivePolicy, IEntryCommand> command, CancellationToken ct)
    {
        var agency = http.User.AgencyOf();
        var target = new StreamTarget<Entry>(
            Load: (s, c) => s.LoadAsync(id, asOf: null, c),
            VersionOf: e => e.Version,
            Refusal: e => e is null || !e.Details.IsReleasableTo(agency) ? EntryProblems.NotFound(id)
                : e.Details.OwnerAgency != agency ? EntryProblems.NotOwner(e) : null,
            Conflict: EntryProblems.Conflict,
            Response: e => EntryResponse.From(e, clock.GetUtcNow()));
        return StreamChanges.ApplyAsync(session, http.Request, target, async (entry, token) =>
        {
            var change = changes.For(http, reason);
            if (validate(entry, change) is { } invalid) return StreamStep<Entry>.Refused(invalid);
            var policy = await session.ForAsync(entry.Details.OwnerAgency, entry.Details.Lists, token);
            var events = EntryDecider.Decide(command(entry, change, policy), entry);
            return events.Count == 0
                ? StreamStep<Entry>.Unchanged(entry)
                : StreamStep<Entry>.Staged(session.AppendEntry(entry, events));
        }, ct);
    }
}
