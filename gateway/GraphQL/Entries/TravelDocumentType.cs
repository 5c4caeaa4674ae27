using GraphQL.Types;
using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL.Entries;

public sealed class TravelDocumentType : ObjectGraphType<TravelDocumentData>
{
    public TravelDocumentType()
    {
        Name = "TravelDocument";
        Field<NonNullGraphType<DocumentTypeGraphType>>("type").Resolve(ctx => ctx.Source.Type);
        Field<NonNullGraphType<StringGraphType>>("number").Description("Letters and digits only, upper case.")
            .Resolve(ctx => ctx.Source.Number);
        Field<StringGraphType>("country").Description("The issuing country, ISO 3166-1 alpha-2.").Resolve(ctx => ctx.Source.Country);
        Field<StringGraphType>("expiresOn").Description("YYYY-MM-DD.").Resolve(ctx => ctx.Source.ExpiresOn);
    }
}
