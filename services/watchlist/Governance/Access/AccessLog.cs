using Marten;
using Watchlist.ServiceDefaults.Auth;
using Watchlist.ServiceDefaults.Http;

namespace Watchlist.WatchlistService.Governance.Access;

/// <summary>
/// One read of personal data the platform recorded: who (the token's subject), for which agency, what, when, why (X-Purpose) and
/// under which request. Stored as an event in a stream of its own, so the log is as append-only as the event store: no code path
/// changes or removes one.
/// </summary>
public sealed record PersonalDataRead(Guid Id, string Subject, string? Agency, string Resource, DateTimeOffset At, string? Purpose,
    string? CorrelationId);

/// <summary>The access log's read model, written in the same transaction as the event: what the log is filtered and paged by.</summary>
public sealed record AccessLogView(Guid Id, PersonalDataRead Read, string Agency, string Subject, string Resource, DateTimeOffset At,
    string SortKey)
{
    public static AccessLogView Of(PersonalDataRead r) =>
        new(r.Id, r, r.Agency ?? "", r.Subject, r.Resource, r.At, $"{r.At.UtcTicks:D19}-{r.Id:N}");

    /// <summary>The view a read's stream (its one event) gives, for <c>./run.sh rebuild</c>.</summary>
    public static AccessLogView? Rebuilt(IReadOnlyList<object> events) =>
        events.OfType<PersonalDataRead>().FirstOrDefault() is { } read ? Of(read) : null;
}

/// <summary>
/// The purpose-of-access rule at the edge: auditors name a purpose (X-Purpose) before reading personal data, and every such read,
/// theirs or an officer's reading their own screening, is written to the log before the data is answered, so no read goes
/// unlogged (a failed write means no answer).
/// </summary>
public sealed class AccessLog(TimeProvider clock)
{
    public const string PurposeHeader = "X-Purpose";
    private const int MaxPurposeLength = 500;

    /// <summary>The purpose given, or the 400 to answer when it is required and missing or unusable.</summary>
    public static (string? Purpose, IResult? Problem) PurposeOf(HttpContext http, bool required)
    {
        var purpose = http.Request.Headers[PurposeHeader].ToString().Trim();
        if (purpose.Length > MaxPurposeLength)
            return (null, Results.ValidationProblem(
                new Dictionary<string, string[]> { [PurposeHeader] = [$"At most {MaxPurposeLength} characters."] },
                title: "The purpose of access is too long."));
        if (purpose.Length == 0 && required)
            return (null, Results.Problem(statusCode: 400, title: "Say why you read this personal data.",
                detail: $"Auditors send the purpose of access in the {PurposeHeader} header (for example a case number); " +
                    "it is kept in the access log with your read."));
        return (purpose.Length == 0 ? null : purpose, null);
    }

    public async Task RecordAsync(IDocumentSession session, HttpContext http, string resource, string? purpose, CancellationToken ct)
    {
        var read = new PersonalDataRead(Guid.CreateVersion7(), http.User.Actor(), http.User.AgencyOf(), resource, clock.GetUtcNow(),
            purpose, CorrelationId.Of(http));
        session.Events.StartStream<PersonalDataRead>(read.Id, read);
        session.Insert(AccessLogView.Of(read));
        await session.SaveChangesAsync(ct);
    }
}
