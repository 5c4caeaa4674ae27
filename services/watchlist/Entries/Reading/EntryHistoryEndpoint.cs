using System.Security.Claims;
using Marten;
using Watchlist.ServiceDefaults.Auth;
using Watchlist.ServiceDefaults.Json;

namespace Watchlist.WatchlistService.Entries.Reading;

/// <summary>One change as the history shows it; <c>changes</c> maps each field to its value before and after.</summary>
public sealed record EntryChange(int Version, string Type, DateTimeOffset At, string Actor, string? Agency, string? Reason,
    string? CorrelationId, IReadOnlyDictionary<string, FieldChange> Changes);

public sealed record FieldChange(object? From, object? To);

public static class EntryHistoryEndpoint
{
    public static async Task<IResult> Handle(Guid id, ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        var events = (await session.EventsAsync(id, ct)).Select(e => e.Data).OfType<IEntryEvent>().ToList();
        var current = EntryDecider.Fold(events);
        if (current is null || !current.Details.IsReleasableTo(user.AgencyOf())) return EntryProblems.NotFound(id);
        return Results.Ok(History(events));
    }

    /// <summary>Replays the stream, comparing each version with the one before it.</summary>
    public static IReadOnlyList<EntryChange> History(IEnumerable<IEntryEvent> events)
    {
        var changes = new List<EntryChange>();
        Entry? before = null;
        foreach (var e in events)
        {
            var after = EntryDecider.Evolve(before, e)!;
            changes.Add(new EntryChange(after.Version, TypeOf(e), e.Change.At, e.Change.Actor, e.Change.Agency, e.Change.Reason,
                e.Change.CorrelationId, Differences(before, after)));
            before = after;
        }
        return changes;
    }

    private static Dictionary<string, FieldChange> Differences(Entry? before, Entry after)
    {
        var fields = before is null ? [] : EntryDiff.ChangedFields(before.Details, after.Details).ToDictionary(
            f => f, f => new FieldChange(EntryDiff.Value(before.Details, f), EntryDiff.Value(after.Details, f)));
        if (before is not null && before.Status != after.Status)
            fields["status"] = new FieldChange(ApiNames.Of(before.Status), ApiNames.Of(after.Status));
        return fields;
    }

    /// <summary>EntryValidityChanged → VALIDITY_CHANGED.</summary>
    private static string TypeOf(IEntryEvent e) => ApiNames.Policy.ConvertName(e.GetType().Name["Entry".Length..]);
}
