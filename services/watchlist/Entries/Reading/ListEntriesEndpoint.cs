using System.Security.Claims;
using Marten;
using Watchlist.Matching.Text;
using Watchlist.ServiceDefaults.Auth;
using Watchlist.ServiceDefaults.Http;
using Watchlist.ServiceDefaults.Json;
using Watchlist.WatchlistService.Governance.Review;

namespace Watchlist.WatchlistService.Entries.Reading;

public static class ListEntriesEndpoint
{
    private const int DefaultLimit = 50;
    private const int MaxLimit = 500;

    /// <summary>
    /// Entries newest first, filtered, in pages; entries not released to the caller are never counted or shown.
    /// <c>pending=true</c> keeps those with a listing or delisting that waits for a second admin.
    /// </summary>
    public static async Task<IResult> Handle(string? list, string? status, string? kind, string? q, int? limit, string? cursor,
        bool? reviewDue, int? withinDays, bool? pending, ClaimsPrincipal user, IQuerySession session, TimeProvider clock,
        CancellationToken ct)
    {
        if (reviewDue == true || withinDays is not null)
            return await ReviewDue.ListAsync(list, limit, cursor, withinDays, user, session, clock, ct);
        var errors = new Dictionary<string, string[]>();
        var size = limit ?? DefaultLimit;
        if (size is < 1 or > MaxLimit) errors["limit"] = [$"Between 1 and {MaxLimit}."];
        var after = KeysetCursor.Decode(cursor, IsSortKey);
        if (cursor is not null && after is null) errors["cursor"] = ["Not a cursor this API gave out; start again without one."];
        EntryStatus? wantedStatus = ApiNames.TryParse<EntryStatus>(status, out var st) ? st : null;
        if (status is not null && wantedStatus is null) errors["status"] = [$"One of {ApiNames.Allowed<EntryStatus>()}."];
        EntryKind? wantedKind = ApiNames.TryParse<EntryKind>(kind, out var k) ? k : null;
        if (kind is not null && wantedKind is null) errors["kind"] = [$"One of {ApiNames.Allowed<EntryKind>()}."];
        if (errors.Count > 0) return Results.ValidationProblem(errors, title: "The listing parameters are not valid.");

        var agency = user.AgencyOf() ?? "";
        var now = clock.GetUtcNow();
        var query = session.Query<EntryView>()
            .Where(v => v.ReleasableTo.Contains(EntryDetails.Everyone) || v.ReleasableTo.Contains(agency) || v.OwnerAgency == agency);
        if (list is not null) query = query.Where(v => v.Lists.Contains(list));
        if (wantedKind is not null) { var kindName = wantedKind.Value.ToString(); query = query.Where(v => v.Kind == kindName); }
        query = wantedStatus switch
        {
            null => query,
            EntryStatus.Expired => query.Where(v => v.Status == nameof(EntryStatus.Active) && v.ValidUntil != null && v.ValidUntil <= now),
            EntryStatus.Active => query.Where(v => v.Status == nameof(EntryStatus.Active) && (v.ValidUntil == null || v.ValidUntil > now)),
            _ => query.Where(v => v.Status == wantedStatus.Value.ToString()),
        };
        // Four eyes: what waits for a second admin, listings (their own status) and delisting requests (the entry stays in force).
        if (pending == true)
            query = query.Where(v => v.Status == nameof(EntryStatus.PendingApproval) || v.Entry.Pending!.Kind == PendingKind.Delisting);
        if (!string.IsNullOrWhiteSpace(q)) { var folded = NameFolding.Fold(q); query = query.Where(v => v.SearchText.Contains(folded)); }
        if (after is not null) query = query.Where(v => v.SortKey.CompareTo(after) < 0);

        var page = await query.OrderByDescending(v => v.SortKey).Take(size + 1).ToListAsync(ct);
        var items = page.Take(size).Select(v => EntryResponse.From(v.Entry, now)).ToList();
        var next = page.Count > size ? KeysetCursor.Encode(page[size - 1].SortKey) : null;
        return Results.Ok(new EntryPage(items, next));
    }

    /// <summary>Sort keys are "ticks-id" (19 digits, a dash, 32 hex digits).</summary>
    private static bool IsSortKey(string key) => key.Length == 52 && key[19] == '-';
}
