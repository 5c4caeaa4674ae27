using Watchlist.WatchlistService.Governance.Access;
using Watchlist.WatchlistService.Governance.FourEyes;
using Watchlist.WatchlistService.Governance.Lists;
using Watchlist.WatchlistService.Governance.Review;

namespace Watchlist.WatchlistService.Governance;

/// <summary>List policies and four eyes: how an agency governs the entries it keeps.</summary>
public static class GovernanceEndpoints
{
    public static IEndpointRouteBuilder MapGovernance(this IEndpointRouteBuilder app) =>
        app.MapListPolicies().MapApprovals().MapImportApprovals().MapAccessLog();

    public static IServiceCollection AddGovernance(this IServiceCollection services) =>
        services.AddSingleton<OverdueSuspensions>().AddHostedService<OverdueSweeper>().AddSingleton<AccessLog>();
}
