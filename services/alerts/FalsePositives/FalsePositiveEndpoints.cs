using System.Security.Claims;
using Marten;
using Watchlist.Alerts.Alerts;
using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.Alerts.FalsePositives;

public sealed record FalsePositivePage(IReadOnlyList<FalsePositive> Items, string? NextCursor);

/// <summary>
/// The audit of false-positive memory (every record, ended ones too, newest first) and its reversal: ending a record
/// makes the next hit of the pair open an alert again.
/// </summary>
public static class FalsePositiveEndpoints
{
    public static async Task<IResult> List(Guid? entryId, bool? active, int? limit, ClaimsPrincipal user, IQuerySession session,
        CancellationToken ct)
    {
        var size = limit ?? 50;
        if (size is < 1 or > 500)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["Between 1 and 500."] },
                title: "The listing parameters are not valid.");
        var query = session.Query<FalsePositive>().VisibleTo(user.AgencyOf());
        if (entryId is { } e) query = query.Where(f => f.EntryId == e);
        if (active is { } a) query = query.Where(f => f.Active == a);
        var items = await query.OrderByDescending(f => f.RecordedAt).Take(size).ToListAsync(ct);
        return Results.Ok(new FalsePositivePage(items, null));
    }

    public static async Task<IResult> End(Guid id, ClaimsPrincipal user, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var fp = await session.LoadAsync<FalsePositive>(id, ct);
        if (fp is null || !fp.IsVisibleTo(user.AgencyOf()))
            return Results.Problem(statusCode: 404, title: "No such false positive.",
                detail: $"No false-positive record {id} is visible to you.");
        if (!fp.Active) return Results.NoContent();
        session.Store(fp.End(user.Actor(), "Ended by hand.", clock.GetUtcNow()));
        await session.SaveChangesAsync(ct);
        return Results.NoContent();
    }
}
