using System.Security.Claims;
using Marten;
using Watchlist.ServiceDefaults.Auth;
using Watchlist.ServiceDefaults.Http;

namespace Watchlist.WatchlistService.Entries;

/// <summary>
/// The one path every change to an existing entry takes: If-Match, visibility, ownership,
/// the pure decision, and an append that Marten refuses if someone else got there first.
/// </summary>
public sealed class EntryChanges(IDocumentSession session, TimeProvider clock)
{
    public async Task<IResult> ApplyAsync(Guid id, HttpContext http, string? reason, Func<Entry, Change, IResult?> validate,
        Func<Entry, Change, IEntryCommand> command, CancellationToken ct)
    {
        var (expected, problem) = Preconditions.ExpectedVersion(http.Request);
        if (problem is not null) return problem;
        var entry = await session.LoadAsync(id, asOf: null, ct);
        var user = http.User;
        if (entry is null || !entry.Details.IsReleasableTo(user.AgencyOf())) return EntryProblems.NotFound(id);
        if (entry.Details.OwnerAgency != user.AgencyOf()) return EntryProblems.NotOwner(entry);
        if (entry.Version != expected) return Preconditions.Stale(expected!.Value, entry.Version);

        var change = ChangeBy(user, http, reason);
        if (validate(entry, change) is { } invalid) return invalid;
        IReadOnlyList<IEntryEvent> events;
        try { events = EntryDecider.Decide(command(entry, change), entry); }
        catch (EntryRuleViolation rule) { return EntryProblems.Conflict(rule.Message); }

        var after = entry;
        if (events.Count > 0)
        {
            after = session.AppendEntry(entry, events);
            try { await session.SaveChangesAsync(ct); }
            catch (JasperFx.ConcurrencyException) { return await StaleAfterRace(id, expected!.Value, ct); }
        }
        http.Response.SetETag(after.Version);
        return Results.Ok(EntryResponse.From(after, clock.GetUtcNow()));
    }

    public Change ChangeBy(ClaimsPrincipal user, HttpContext http, string? reason) =>
        new(user.Actor(), user.AgencyOf(), reason, clock.GetUtcNow(), CorrelationId.Of(http));

    private async Task<IResult> StaleAfterRace(Guid id, int expected, CancellationToken ct)
    {
        await using var fresh = session.DocumentStore.QuerySession();
        var current = await fresh.LoadAsync(id, asOf: null, ct);
        return Preconditions.Stale(expected, current?.Version ?? expected + 1);
    }
}
