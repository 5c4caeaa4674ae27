using CsCheck;
using Watchlist.Tests.Fuzz.Generators;
using static Watchlist.Tests.Fuzz.Cases.Build;

namespace Watchlist.Tests.Fuzz.Cases;

/// <summary>Operations: <c>/metrics</c> is served on each service's own port and never through the gateway, whatever follows
/// the path or whoever asks.</summary>
public static class OperationsCases
{
    public static IEnumerable<Gen<FuzzCase>> All()
    {
        yield return Case("GET /metrics", "GET",
            Gen.Select(Gen.OneOf("/metrics", "/metrics/", "/Metrics", "/api/metrics", "/metrics/../metrics"),
                Queries.Of(("name[]", Queries.Junk)), (path, query) => path + query), "admin");
    }
}
