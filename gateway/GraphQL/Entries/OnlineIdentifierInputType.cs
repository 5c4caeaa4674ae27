using GraphQL.Types;

namespace Watchlist.Gateway.GraphQL.Entries;

public sealed class OnlineIdentifierInputType : InputObjectGraphType
{
    public OnlineIdentifierInputType()
    {
        Name = "OnlineIdentifierInput";
        Field<NonNullGraphType<IdentifierTypeGraphType>>("type");
        Field<NonNullGraphType<StringGraphType>>("value")
            .Description("A phone in international form (or with a nationality on the entry), an e-mail, a handle or a website.");
        Field<StringGraphType>("platform").Description("For a social handle, e.g. facebook.");
    }
}
