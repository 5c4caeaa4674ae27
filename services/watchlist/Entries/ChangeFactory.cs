using Watchlist.ServiceDefaults.Auth;
using Watchlist.ServiceDefaults.Http;

namespace Watchlist.WatchlistService.Entries;

/// <summary>
/// Who is changing the list or asking the list, from the request: the token's actor and agency (never the body's), the clock,
/// and the correlation id. Every change and every screening is recorded with one.
/// </summary>
public sealed class ChangeFactory(TimeProvider clock)
{
    public Change For(HttpContext http, string? reason) =>
        new(http.User.Actor(), http.User.AgencyOf(), reason, clock.GetUtcNow(), CorrelationId.Of(http));
}
