using Marten;
using Watchlist.ServiceDefaults.Auth;
using Watchlist.ServiceDefaults.Http;

namespace Watchlist.WatchlistService.Governance.Access;

public sealed record AccessLogPage(IReadOnlyList<PersonalDataRead> Items, string? NextCursor);

/// <summary>
/// <c>GET /api/access-log?subject=&amp;resource=&amp;from=&amp;to=</c>: an auditor's view of the reads made by their own agency's
/// users, newest first. Reading it is a read of personal data too: it needs X-Purpose and is logged itself.
/// </summary>
public static class AccessLogEndpoint
{
    private const int MaxLimit = 500;

    public static async Task<IResult> Handle(string? subject, string? resource, DateTimeOffset? from, DateTimeOffset? to, int? limit,
        string? cursor, HttpContext http, IDocumentSession session, AccessLog log, CancellationToken ct)
    {
        var (purpose, problem) = AccessLog.PurposeOf(http, required: true);
        if (problem is not null) return problem;
        var size = limit ?? 50;
        var before = KeysetCursor.Decode(cursor, k => k.Length == 52 && k[19] == '-');
        var errors = new Dictionary<string, string[]>();
        if (size is < 1 or > MaxLimit) errors["limit"] = [$"Between 1 and {MaxLimit}."];
        if (cursor is not null && before is null) errors["cursor"] = ["Not a cursor this API gave out; start again without one."];
        if (from > to) errors["from"] = ["Before to."];
        if (errors.Count > 0) return Results.ValidationProblem(errors, title: "The access-log parameters are not valid.");

        var agency = http.User.AgencyOf() ?? "";
        await log.RecordAsync(session, http, "access-log", purpose, ct);
        var query = session.Query<AccessLogView>().Where(r => r.Agency == agency);
        if (subject is not null) query = query.Where(r => r.Subject == subject);
        if (resource is not null) query = query.Where(r => r.Resource.StartsWith(resource));
        if (from is { } f) { var utc = f.ToUniversalTime(); query = query.Where(r => r.At >= utc); }
        if (to is { } t) { var utc = t.ToUniversalTime(); query = query.Where(r => r.At < utc); }
        if (before is not null) query = query.Where(r => r.SortKey.CompareTo(before) < 0);
        var page = await query.OrderByDescending(r => r.SortKey).Take(size + 1).ToListAsync(ct);
        var next = page.Count > size ? KeysetCursor.Encode(page[size - 1].SortKey) : null;
        return Results.Ok(new AccessLogPage(page.Take(size).Select(v => v.Read).ToList(), next));
    }

    public static IEndpointRouteBuilder MapAccessLog(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/access-log", Handle).RequireAuthorization(Policies.ReadAccessLog).WithTags("Governance")
            .WithName("readAccessLog").WithSummary("Who of your agency read which personal data, when and why. Needs X-Purpose.")
            .Produces<AccessLogPage>().ProducesValidationProblem();
        return app;
    }
}
