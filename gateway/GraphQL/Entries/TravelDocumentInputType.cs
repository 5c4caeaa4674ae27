using GraphQL.Types;

namespace Watchlist.Gateway.GraphQL.Entries;

public sealed class TravelDocumentInputType : InputObjectGraphType
{
    public TravelDocumentInputType()
    {
        Name = "TravelDocumentInput";
        Field<NonNullGraphType<DocumentTypeGraphType>>("type");
        Field<NonNullGraphType<StringGraphType>>("number").Description("3 to 20 letters and digits; spaces and dashes are dropped.");
        Field<StringGraphType>("country").Description("ISO 3166-1 alpha-2 or alpha-3.");
        Field<StringGraphType>("expiresOn").Description("YYYY-MM-DD.");
    }
}
