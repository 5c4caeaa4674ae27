using GraphQL.Types;

namespace Watchlist.Gateway.GraphQL.Entries;

public sealed class EntrySourceInputType : InputObjectGraphType
{
    public EntrySourceInputType()
    {
        Name = "EntrySourceInput";
        Field<NonNullGraphType<StringGraphType>>("dataset");
        Field<StringGraphType>("reference");
    }
}
