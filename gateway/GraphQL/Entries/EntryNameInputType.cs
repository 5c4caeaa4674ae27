using GraphQL.Types;

namespace Watchlist.Gateway.GraphQL.Entries;

public sealed class EntryNameInputType : InputObjectGraphType
{
    public EntryNameInputType()
    {
        Name = "EntryNameInput";
        Field<NonNullGraphType<StringGraphType>>("value");
        Field<NonNullGraphType<NameTypeGraphType>>("type").Description("Exactly one name is PRIMARY: the first so marked.");
    }
}
