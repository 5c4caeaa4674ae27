using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.WatchlistService.Governance.Lists;

public static class ListPolicyEndpoints
{
    public static IEndpointRouteBuilder MapListPolicies(this IEndpointRouteBuilder app)
    {
        var lists = app.MapGroup("/api/lists").WithTags("Governance");
        lists.MapPut("{list}", PutListPolicyEndpoint.Handle).RequireAuthorization(Policies.ManageEntries)
            .WithName("setListPolicy")
            .WithSummary("Sets your agency's policy for the list: fourEyes, reviewEveryDays, autoSuspendOverdueDays.")
            .Produces<ListPolicyResponse>().Produces<ListPolicyResponse>(201).ProducesValidationProblem()
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(412).ProducesProblem(428);
        lists.MapGet("", ReadListPolicyEndpoints.All).RequireAuthorization(Policies.ReadEntries)
            .WithName("listListPolicies").WithSummary("Your agency's list policies, by list name.")
            .Produces<ListPolicyPage>().ProducesValidationProblem();
        lists.MapGet("{list}", ReadListPolicyEndpoints.One).RequireAuthorization(Policies.ReadEntries)
            .WithName("getListPolicy").WithSummary("Your agency's policy for the list.")
            .Produces<ListPolicyResponse>().ProducesProblem(404);
        lists.MapGet("{list}/history", ReadListPolicyEndpoints.History).RequireAuthorization(Policies.ReadEntries)
            .WithName("getListPolicyHistory").WithSummary("Every change of the policy, oldest first.")
            .Produces<IReadOnlyList<ListPolicyChange>>().ProducesProblem(404);
        return app;
    }
}
