using System.Security.Claims;
using System.Text;
using Marten;
using Watchlist.ServiceDefaults.Auth;
using Watchlist.ServiceDefaults.Json;

namespace Watchlist.Alerts.Alerts.Reading;

public sealed record AlertPage(IReadOnlyList<AlertResponse> Items, string? NextCursor);

public static class ListAlertsEndpoint
{
    private const int DefaultLimit = 50;
    private const int MaxLimit = 500;

    /// <summary>
    /// Alerts newest first, filtered, in pages; alerts whose audience lacks the caller's agency are never counted or shown.
    /// <c>status</c>, <c>borderPost</c>, <c>unit</c>, <c>list</c>, <c>category</c> and <c>action</c> may repeat (any of them matches).
    /// A border post matches border alerts only, a unit content alerts only; given both, either matches.
    /// </summary>
    public static async Task<IResult> Handle(string[]? status, string[]? borderPost, string? severity, string? minSeverity, Guid? entryId,
        string[]? list, string[]? category, string[]? action, string[]? unit, int? limit, string? cursor, ClaimsPrincipal user,
        IQuerySession session, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var size = limit ?? DefaultLimit;
        if (size is < 1 or > MaxLimit) errors["limit"] = [$"Between 1 and {MaxLimit}."];
        var after = Decode(cursor);
        if (cursor is not null && after is null) errors["cursor"] = ["Not a cursor this API gave out; start again without one."];
        var statuses = Given(status) ?? [];
        if (statuses.Any(x => !ApiNames.TryParse<AlertStatus>(x, out _)))
            errors["status"] = [$"One or more of {ApiNames.Allowed<AlertStatus>()}."];
        AlertSeverity? wantedSeverity = ApiNames.TryParse<AlertSeverity>(severity, out var sv) ? sv : null;
        if (severity is not null && wantedSeverity is null) errors["severity"] = [$"One of {ApiNames.Allowed<AlertSeverity>()}."];
        AlertSeverity? floor = ApiNames.TryParse<AlertSeverity>(minSeverity, out var ms) ? ms : null;
        if (minSeverity is not null && floor is null) errors["minSeverity"] = [$"One of {ApiNames.Allowed<AlertSeverity>()}."];
        if (errors.Count > 0) return Results.ValidationProblem(errors, title: "The listing parameters are not valid.");

        var query = session.Query<AlertView>().VisibleTo(user.AgencyOf());
        if (statuses.Length > 0)
        {
            var names = statuses.Select(x => { ApiNames.TryParse<AlertStatus>(x, out var parsed); return ApiNames.Of(parsed); }).ToArray();
            query = query.Where(v => names.Contains(v.Status));
        }
        if (wantedSeverity is { } w) { var name = ApiNames.Of(w); query = query.Where(v => v.Severity == name); }
        if (floor is { } f) { var rank = (int)f; query = query.Where(v => v.SeverityRank <= rank); }
        if (entryId is { } e) query = query.Where(v => v.EntryId == e);
        // As a subscription's filter: posts match border alerts, units content alerts, and naming both gets both (the console's
        // one "post or unit" field asks for both).
        var (posts, units) = (Given(borderPost), Given(unit));
        if (posts is not null && units is not null)
            query = query.Where(v => (v.Unit == null && posts.Contains(v.BorderPost)) || units.Contains(v.Unit));
        else if (posts is not null) query = query.Where(v => v.Unit == null && posts.Contains(v.BorderPost));
        else if (units is not null) query = query.Where(v => units.Contains(v.Unit));
        if (Given(category) is { } categories) query = query.Where(v => categories.Contains(v.Category));
        if (Given(action) is { } actions) query = query.Where(v => actions.Contains(v.Action));
        if (Given(list) is { } lists) query = query.Where(v => v.Lists.Any(l => lists.Contains(l)));
        if (after is not null) query = query.Where(v => v.SortKey.CompareTo(after) < 0);

        var page = await query.OrderByDescending(v => v.SortKey).Take(size + 1).ToListAsync(ct);
        var items = page.Take(size).Select(v => AlertResponse.From(v.Alert)).ToList();
        var next = page.Count > size ? Encode(page[size - 1].SortKey) : null;
        return Results.Ok(new AlertPage(items, next));
    }

    private static string[]? Given(string[]? values) => values?.Where(v => !string.IsNullOrWhiteSpace(v))
        .ToArray() is { Length: > 0 } given ? given : null;

    private static string Encode(string sortKey) => Convert.ToBase64String(Encoding.UTF8.GetBytes(sortKey)).TrimEnd('=').Replace('+', '-')
        .Replace('/', '_');

    private static string? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        try
        {
            var b64 = cursor.Replace('-', '+').Replace('_', '/');
            var key = Encoding.UTF8.GetString(Convert.FromBase64String(b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=')));
            return key.Length == 52 && key[19] == '-' ? key : null;
        }
        catch (FormatException) { return null; }
    }
}
