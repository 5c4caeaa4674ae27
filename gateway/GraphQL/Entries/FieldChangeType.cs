using GraphQL.Types;
using Watchlist.Gateway.GraphQL.Scalars;
using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL.Entries;

/// <summary>One field of one change; the source is an entry of <see cref="EntryChangeData.Changes"/>.</summary>
public sealed class FieldChangeType : ObjectGraphType<KeyValuePair<string, FieldChangeData>>
{
    public FieldChangeType()
    {
        Name = "FieldChange";
        Field<NonNullGraphType<StringGraphType>>("field").Description("The Entry field's name, e.g. remarks or status.")
            .Resolve(ctx => ctx.Source.Key);
        Field<JsonGraphType>("from").Description("The value before; null when it had none.").Resolve(ctx => ctx.Source.Value.From);
        Field<JsonGraphType>("to").Description("The value after; null when it has none.").Resolve(ctx => ctx.Source.Value.To);
    }
}
