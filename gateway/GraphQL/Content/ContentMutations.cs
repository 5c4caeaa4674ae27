using GraphQL;
using GraphQL.Types;
using Watchlist.Gateway.GraphQL.Limits;
using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL.Content;

/// <summary>Content screening (role officer), the same request as POST /api/screenings/content.</summary>
public static class ContentMutations
{
    public static ObjectGraphType AddContentMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ContentScreeningType>>("screenContent")
            .Description("Reads a post (phones, e-mails, handles, websites, organisations, names) and screens what it names.")
            .Argument<NonNullGraphType<ContentInputType>>("content")
            .Argument<NonNullGraphType<ContentContextInputType>>("context")
            .CallsService()
            .ResolveAsync(async ctx => await ctx.Watchlist().ScreenContentAsync(new Dictionary<string, object?>
            {
                ["content"] = ctx.GetArgument<Dictionary<string, object?>>("content"),
                ["context"] = ctx.GetArgument<Dictionary<string, object?>>("context"),
            }, ctx.CancellationToken));
        return mutation;
    }
}
