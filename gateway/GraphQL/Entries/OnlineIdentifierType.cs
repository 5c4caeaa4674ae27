using GraphQL.Types;
using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL.Entries;

public sealed class OnlineIdentifierType : ObjectGraphType<OnlineIdentifierData>
{
    public OnlineIdentifierType()
    {
        Name = "OnlineIdentifier";
        Field<NonNullGraphType<IdentifierTypeGraphType>>("type").Resolve(ctx => ctx.Source.Type);
        Field<NonNullGraphType<StringGraphType>>("value")
            .Description("Canonical: phones in E.164, e-mail lower case, handles without @, websites without scheme.")
            .Resolve(ctx => ctx.Source.Value);
        Field<StringGraphType>("platform").Description("For a social handle, e.g. facebook.").Resolve(ctx => ctx.Source.Platform);
    }
}
