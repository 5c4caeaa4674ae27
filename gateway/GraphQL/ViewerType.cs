using System.Security.Claims;
using GraphQL.Types;
using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.Gateway.GraphQL;

/// <summary>Who the caller is, as the gateway understood the token: lets a client check its own roles and agency.</summary>
public sealed class ViewerType : ObjectGraphType<ClaimsPrincipal>
{
    public ViewerType()
    {
        Name = "Viewer";
        Field<NonNullGraphType<StringGraphType>>("subject").Resolve(ctx => ctx.Source.Actor());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles")
            .Resolve(ctx => ctx.Source.FindAll(Claims.Role).Select(c => c.Value).ToList());
        Field<StringGraphType>("agency").Resolve(ctx => ctx.Source.AgencyOf());
    }
}
