using GraphQL.Types;
using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL.Entries;

public sealed class EntryNameType : ObjectGraphType<EntryNameData>
{
    public EntryNameType()
    {
        Name = "EntryName";
        Field<NonNullGraphType<StringGraphType>>("value").Description("As written, in Unicode NFC.").Resolve(ctx => ctx.Source.Value);
        Field<NonNullGraphType<NameTypeGraphType>>("type").Resolve(ctx => ctx.Source.Type);
    }
}
