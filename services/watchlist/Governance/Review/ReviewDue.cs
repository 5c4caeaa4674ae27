using System.Security.Claims;
using Marten;
using Watchlist.ServiceDefaults.Auth;
using Watchlist.ServiceDefaults.Http;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Entries.Reading;

namespace Watchlist.WatchlistService.Governance.Review;

/// <summary>
/// Entries due for review: <c>GET /api/entries?reviewDue=true</c> lists active entries whose reviewBy has passed, oldest first.
/// With <c>withinDays=N</c> it also lists those due in the next N days: the owning agency's admins' feed of reviews coming up,
/// read ahead of time (an admin's page or a daily job polls it), before auto-suspension takes an entry out of screening.
/// </summary>
public static class ReviewDue
{
    private const int MaxLimit = 500;

    public static bool IsOverdue(Entry e, DateTimeOffset now) =>
        e.StatusAt(now) == EntryStatus.Active && e.Details.ReviewBy is { } by && by < DateOnly.FromDateTime(now.UtcDateTime);

    /// <summary>The smallest review key of an entry due on <paramref name="day"/> or later: keys below it are due before it.</summary>
    public static string KeyOf(DateOnly day) => $"{day:yyyy-MM-dd}";

    public static async Task<IResult> ListAsync(string? list, int? limit, string? cursor, int? withinDays, ClaimsPrincipal user,
        IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var size = limit ?? 50;
        if (size is < 1 or > MaxLimit) errors["limit"] = [$"Between 1 and {MaxLimit}."];
        if (withinDays is < 0 or > 3650) errors["withinDays"] = ["Between 0 and 3650."];
        var after = KeysetCursor.Decode(cursor, k => k.Length == 63 && k[10] == '-');
        if (cursor is not null && after is null) errors["cursor"] = ["Not a cursor this API gave out; start again without one."];
        if (errors.Count > 0) return Results.ValidationProblem(errors, title: "The listing parameters are not valid.");

        var agency = user.AgencyOf() ?? "";
        var now = clock.GetUtcNow();
        var before = KeyOf(DateOnly.FromDateTime(now.UtcDateTime).AddDays(withinDays ?? 0));
        var active = nameof(EntryStatus.Active);
        var query = session.Query<EntryView>()
            .Where(v => v.ReleasableTo.Contains(EntryDetails.Everyone) || v.ReleasableTo.Contains(agency) || v.OwnerAgency == agency)
            .Where(v => v.Status == active && v.ReviewKey != null && v.ReviewKey.CompareTo(before) < 0)
            .Where(v => v.ValidUntil == null || v.ValidUntil > now);
        if (list is not null) query = query.Where(v => v.Lists.Contains(list));
        if (after is not null) query = query.Where(v => v.ReviewKey!.CompareTo(after) > 0);
        var page = await query.OrderBy(v => v.ReviewKey).Take(size + 1).ToListAsync(ct);
        var next = page.Count > size ? KeysetCursor.Encode(page[size - 1].ReviewKey!) : null;
        return Results.Ok(new EntryPage(page.Take(size).Select(v => EntryResponse.From(v.Entry, now)).ToList(), next));
    }
}
