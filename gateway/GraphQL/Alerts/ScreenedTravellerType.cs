using GraphQL;
using GraphQL.Types;
using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL.Alerts;

public sealed class ScreenedTravellerType : ObjectGraphType<ScreenedTravellerData>
{
    public ScreenedTravellerType()
    {
        Name = "ScreenedTraveller";
        Description = "The traveller as the border system described them when screened.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("names").Resolve(ctx => ctx.Source.Names);
        Field<StringGraphType>("birthDate").Resolve(ctx => ctx.Source.BirthDate);
        Field<StringGraphType>("gender").Resolve(ctx => ctx.Source.Gender);
        Field<StringGraphType>("nationality").Resolve(ctx => ctx.Source.Nationality);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScreenedDocumentType>>>>("documents")
            .WithComplexityImpact(1, Costs.ShortList).Resolve(ctx => ctx.Source.Documents);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScreenedIdentifierType>>>>("identifiers")
            .WithComplexityImpact(1, Costs.ShortList).Resolve(ctx => ctx.Source.Identifiers);
    }
}

public sealed class ScreenedDocumentType : ObjectGraphType<ScreenedDocumentData>
{
    public ScreenedDocumentType()
    {
        Name = "ScreenedDocument";
        Field<StringGraphType>("type").Resolve(ctx => ctx.Source.Type);
        Field<NonNullGraphType<StringGraphType>>("number").Resolve(ctx => ctx.Source.Number);
        Field<StringGraphType>("country").Resolve(ctx => ctx.Source.Country);
    }
}

public sealed class ScreenedIdentifierType : ObjectGraphType<ScreenedIdentifierData>
{
    public ScreenedIdentifierType()
    {
        Name = "ScreenedIdentifier";
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(ctx => ctx.Source.Type);
        Field<NonNullGraphType<StringGraphType>>("value").Resolve(ctx => ctx.Source.Value);
        Field<StringGraphType>("platform").Resolve(ctx => ctx.Source.Platform);
    }
}
